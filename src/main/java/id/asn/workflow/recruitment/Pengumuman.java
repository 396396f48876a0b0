package id.asn.workflow.recruitment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result lists a committee posts, with the columns Lampiran I names: V.B.6–7 (administrative result,
 * passed and not passed with the reason), V.C.3.c.4 (SKD: position, education, registration number, name, SKD
 * scores by threshold, rank) and V.D.4.c.3 (final: position, education, registration number, name, integrated
 * SKD and SKB score by rank); for PPPK, Lampiran II V.E.5 (position, education, registration number, name, the
 * competence and interview scores by rank).
 */
enum Pengumuman {
  ADMINISTRASI("hasil-administrasi", "Pengumuman Hasil Seleksi Administrasi",
      List.of("kodeFormasi", "namaJabatan", "kualifikasiPendidikan", "nomorPeserta", "namaPeserta", "hasil", "keterangan"),
      new float[] {7, 18, 9, 11, 18, 8, 29}),
  SKD("hasil-skd", "Pengumuman Hasil Seleksi Kompetensi Dasar (SKD)",
      List.of("kodeFormasi", "namaJabatan", "kualifikasiPendidikan", "nomorPeserta", "namaPeserta", "kategori", "twk",
          "tiu", "tkp", "totalSkd", "peringkat", "hasil", "keterangan"),
      new float[] {7, 15, 8, 11, 15, 8, 4, 4, 4, 5, 5, 7, 22}),
  AKHIR("hasil-akhir", "Pengumuman Hasil Akhir Seleksi (Integrasi SKD dan SKB)",
      List.of("kodeFormasi", "namaJabatan", "kualifikasiPendidikan", "nomorPeserta", "namaPeserta", "totalSkd",
          "nilaiSkb", "nilaiAkhir", "peringkat", "hasil", "keterangan"),
      new float[] {7, 16, 8, 11, 16, 5, 5, 6, 5, 7, 24}),
  AKHIR_PPPK("hasil-akhir", "Pengumuman Hasil Akhir Seleksi PPPK (Kompetensi dan Wawancara)",
      List.of("kodeFormasi", "namaJabatan", "kualifikasiPendidikan", "nomorPeserta", "namaPeserta", "teknis",
          "manajerialSosialKultural", "wawancara", "nilaiAkhir", "peringkat", "hasil", "keterangan"),
      new float[] {7, 15, 8, 11, 15, 5, 7, 6, 5, 5, 7, 22});

  private final String path;
  private final String judul;
  private final List<String> kolom;
  private final float[] lebar;

  Pengumuman(String path, String judul, List<String> kolom, float[] lebar) {
    this.path = path;
    this.judul = judul;
    this.kolom = kolom;
    this.lebar = lebar;
  }

  public String path() {
    return path;
  }

  public String judul() {
    return judul;
  }

  public List<String> kolom() {
    return kolom;
  }

  float[] lebar() {
    return lebar.clone();
  }

  /** The cells of a row in the order of {@link #kolom()}; numbers stay numbers. */
  public Object[] cells(HasilRow r) {
    String hasil = r.lulus() ? "LULUS" : "TIDAK LULUS";
    return switch (this) {
      case ADMINISTRASI -> new Object[] {r.kodeFormasi(), r.jabatan(), r.kualifikasiPendidikan(), r.nomorPeserta(),
          r.nama(), hasil, r.alasan()};
      case SKD -> new Object[] {r.kodeFormasi(), r.jabatan(), r.kualifikasiPendidikan(), r.nomorPeserta(), r.nama(),
          r.kategori(), r.twk(), r.tiu(), r.tkp(), r.totalSkd(), r.peringkat(), hasil, r.alasan()};
      case AKHIR -> new Object[] {r.kodeFormasi(), r.jabatan(), r.kualifikasiPendidikan(), r.nomorPeserta(), r.nama(),
          r.totalSkd(), r.nilaiSkb(), r.nilaiAkhir(), r.peringkat(), hasil, r.alasan()};
      case AKHIR_PPPK -> new Object[] {r.kodeFormasi(), r.jabatan(), r.kualifikasiPendidikan(), r.nomorPeserta(),
          r.nama(), r.teknis(), r.manajerialSosialKultural(), r.wawancara(), r.nilaiAkhir(), r.peringkat(), hasil, r.alasan()};
    };
  }

  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    return cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
  }
}
