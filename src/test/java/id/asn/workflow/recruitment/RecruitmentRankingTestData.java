package id.asn.workflow.recruitment;

/** The hand-computed period of the ranking tests: two formasi, fourteen applicants, their SKD scores. */
public final class RecruitmentRankingTestData {

  private RecruitmentRankingTestData() {}

  public static final String FORMASI = """
      kodeFormasi,jabatan,unitKerja,kualifikasiPendidikan,jumlah
      F1,Analis Kebijakan Ahli Pertama,Bappeda,S1;D4,1
      F2,Pranata Komputer Ahli Pertama,Diskominfo,S1,2
      """;

  // A..K apply to F1 (1 vacancy: 3 go on to SKB), P1 and P2 to F2; L is 36 and fails the administrative check
  public static final String PELAMAR = """
      nomorPeserta,nik,nama,tanggalLahir,jenisKelamin,pendidikan,kodeFormasi,kategori,tanggalMelamar
      A,3325010101950001,Ayu,1995-05-05,P,S1,F1,UMUM,2024-09-01
      B,3325010101950002,Bima,1995-01-01,L,S1,F1,UMUM,2024-09-01
      C,3325010101950003,Citra,1995-05-05,P,S1,F1,UMUM,2024-09-01
      D,3325010101950004,Dimas,1995-05-05,L,D4,F1,UMUM,2024-09-01
      E,3325010101950005,Eka,1996-01-01,P,S1,F1,UMUM,2024-09-01
      F,3325010101950006,Fajar,1995-05-05,L,S1,F1,UMUM,2024-09-01
      G,3325010101950007,Gita,1995-05-05,P,S1,F1,CUMLAUDE,2024-09-01
      H,3325010101950008,Hadi,1995-05-05,L,S1,F1,UMUM,2024-09-01
      I,3325010101950009,Indah,1995-05-05,P,S1,F1,DISABILITAS,2024-09-01
      J,3325010101950010,Joko,1995-05-05,L,S1,F1,DISABILITAS,2024-09-01
      K,3325010101950011,Kartika,1995-05-05,P,S1,F1,UMUM,2024-09-01
      L,3325010101950012,Lukman,1988-09-01,L,S1,F1,UMUM,2024-09-01
      P1,3325010101950013,Putri,1995-05-05,P,S1,F2,UMUM,2024-09-01
      P2,3325010101950014,Prasetyo,1995-05-05,L,S1,F2,UMUM,2024-09-01
      """;

  public static final String SKD = """
      nomorPeserta,twk,tiu,tkp
      A,100,100,200
      B,90,100,200
      C,95,100,195
      D,80,110,200
      E,90,100,200
      F,64,150,225
      G,50,85,176
      H,50,85,176
      I,40,60,186
      J,40,59,187
      L,150,175,225
      P1,100,100,200
      P2,100,100,190
      """;

}
