package id.asn.workflow.recruitment;

/**
 * The hand-computed PPPK period of the ranking tests. G1 (Guru Ahli Pertama, BUP 58, no certificate, technical
 * threshold 300, 2 vacancies) and N1 (Perawat Terampil, BUP 58, certificate required, 1 vacancy); applications on
 * 2023-10-01.
 */
public final class PppkRankingTestData {

  private PppkRankingTestData() {}

  public static final String FORMASI = """
      kodeFormasi,jabatan,unitKerja,kualifikasiPendidikan,jumlah,jenjang,sertifikasiWajib,ambangTeknis
      G1,Guru Ahli Pertama,Dinas Pendidikan,S1;D4,2,AHLI_PERTAMA,TIDAK,300
      N1,Perawat Terampil,RSUD Batang,D3,1,TERAMPIL,YA,
      """;

  // O turns 57 on the day of application (the last day for BUP 58); Q turned 57 the day before. NC has no
  // certificate; ND is a former PPPK dismissed for discipline (IV.B.2 exception); NE was dismissed without honour.
  public static final String PELAMAR = """
      nomorPeserta,nik,nama,tanggalLahir,jenisKelamin,pendidikan,kodeFormasi,kategori,tanggalMelamar,sertifikatProfesi,pemberhentian
      A,3325010101900001,Ani,1990-01-01,P,S1,G1,UMUM,2023-10-01,,
      A2,3325010101900002,Arif,1990-01-01,L,S1,G1,UMUM,2023-10-01,,
      B,3325010101900003,Budi,1991-01-01,L,S1,G1,UMUM,2023-10-01,,
      C,3325010101900004,Cici,1992-01-01,P,S1,G1,UMUM,2023-10-01,,
      D,3325010101900005,Dewi,1993-01-01,P,D4,G1,UMUM,2023-10-01,,
      E,3325010101900006,Edo,1994-01-01,L,S1,G1,UMUM,2023-10-01,,
      F,3325010101900007,Fani,1995-01-01,P,S1,G1,UMUM,2023-10-01,,
      H,3325010101900008,Hana,1995-06-01,P,S1,G1,UMUM,2023-10-01,,
      O,3325010101900009,Oki,1966-10-01,L,S1,G1,UMUM,2023-10-01,,
      Q,3325010101900010,Qori,1966-09-30,P,S1,G1,UMUM,2023-10-01,,
      NA,3325010101900011,Nana,1990-05-05,P,D3,N1,UMUM,2023-10-01,YA,
      NB,3325010101900012,Nabil,1988-05-05,L,D3,N1,UMUM,2023-10-01,YA,
      NC,3325010101900013,Nadia,1990-05-05,P,D3,N1,UMUM,2023-10-01,TIDAK,
      ND,3325010101900014,Nando,1985-05-05,L,D3,N1,UMUM,2023-10-01,YA,PPPK_PELANGGARAN_DISIPLIN
      NE,3325010101900015,Nesa,1985-05-05,P,D3,N1,UMUM,2023-10-01,YA,TIDAK_DENGAN_HORMAT
      """;

  // technical of 450, managerial + socio-cultural of 180, interview of 40
  public static final String KOMPETENSI = """
      nomorPeserta,teknis,manajerialSosialKultural,wawancara
      A,350,130,30
      A2,350,130,30
      B,340,140,30
      C,400,116,40
      D,320,120,23
      E,330,150,30
      F,299,170,40
      NA,200,100,20
      NB,200,100,20
      ND,100,100,10
      """;
}
