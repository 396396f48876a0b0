package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.DismissalClass.DENGAN_HORMAT;
import static id.asn.workflow.appointment.DismissalClass.DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI;
import static id.asn.workflow.appointment.DismissalClass.TIDAK_DENGAN_HORMAT;

import java.util.Arrays;
import java.util.List;

/**
 * The grounds on which a CPNS is dismissed (Perbup Batang 6/2023 Lampiran I VII.B), each with the class the
 * regulation gives it in VII.B.3 (honourable), VII.B.4 (honourable, not at own request) or VII.B.5 (not
 * honourable), and the point that says so. VII.B.1 (not passing the training, not healthy: VII.A.1) and the list of
 * VII.B.2 are the same grounds, classed in 3-5; a prison sentence (VII.B.2.e) is classed by its kind and length.
 */
enum DismissalGround {
  TIDAK_LULUS_DIKLAT("Tidak lulus pendidikan dan pelatihan", DENGAN_HORMAT, "VII.B.3.a"),
  TIDAK_SEHAT("Tidak sehat jasmani dan rohani", DENGAN_HORMAT, "VII.B.3.b"),
  MENGUNDURKAN_DIRI("Mengundurkan diri atas permintaan sendiri", DENGAN_HORMAT, "VII.B.3.c"),
  MENINGGAL_DUNIA("Meninggal dunia", DENGAN_HORMAT, "VII.B.3.d"),
  DISIPLIN_SEDANG("Terbukti melakukan pelanggaran disiplin tingkat sedang", DENGAN_HORMAT, "VII.B.3.e"),
  TIDAK_BERSEDIA_SUMPAH("Tidak bersedia mengucapkan sumpah/janji pada saat diangkat menjadi PNS", DENGAN_HORMAT,
      "VII.B.3.f"),
  PIDANA_TIDAK_BERENCANA("Dipidana dengan pidana penjara/kurungan berdasarkan putusan pengadilan yang telah memiliki "
      + "kekuatan hukum tetap karena melakukan tindak pidana tidak berencana", DENGAN_HORMAT, "VII.B.3.g"),

  DISIPLIN_BERAT("Terbukti melakukan pelanggaran disiplin tingkat berat", DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI,
      "VII.B.4.a"),
  KETERANGAN_TIDAK_BENAR("Memberikan keterangan atau bukti yang tidak benar pada waktu melamar",
      DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI, "VII.B.4.b"),
  IJAZAH_PALSU("Terbukti menggunakan Ijazah palsu dalam pembinaan kepegawaian",
      DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI, "VII.B.4.c"),
  PIDANA_BERENCANA_KURANG_DUA_TAHUN("Dipidana dengan pidana penjara kurang dari 2 (dua) tahun berdasarkan putusan "
      + "pengadilan yang telah memiliki kekuatan hukum tetap karena melakukan tindak pidana dengan berencana",
      DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI, "VII.B.4.d"),

  PENYELEWENGAN_PANCASILA_UUD("Melakukan penyelewengan terhadap Pancasila dan Undang-Undang Dasar Negara Republik "
      + "Indonesia Tahun 1945", TIDAK_DENGAN_HORMAT, "VII.B.5.a"),
  PIDANA_KEJAHATAN_JABATAN("Dipidana dengan pidana penjara atau kurungan berdasarkan putusan pengadilan yang telah "
      + "memiliki kekuatan hukum tetap karena melakukan tindak pidana kejahatan Jabatan atau tindak pidana kejahatan "
      + "yang ada hubungannya dengan Jabatan dan/atau pidana umum", TIDAK_DENGAN_HORMAT, "VII.B.5.b"),
  PARTAI_POLITIK("Menjadi anggota dan/atau pengurus partai politik", TIDAK_DENGAN_HORMAT, "VII.B.5.c"),
  PIDANA_BERENCANA_DUA_TAHUN_ATAU_LEBIH("Dipidana dengan pidana penjara berdasarkan putusan pengadilan yang telah "
      + "memiliki kekuatan hukum tetap karena melakukan tindak pidana dengan hukuman pidana penjara paling singkat 2 "
      + "(dua) tahun dan pidana yang dilakukan dengan berencana", TIDAK_DENGAN_HORMAT, "VII.B.5.d");

  private final String label;
  private final DismissalClass kelas;
  private final String reference;

  DismissalGround(String label, DismissalClass kelas, String reference) {
    this.label = label;
    this.kelas = kelas;
    this.reference = reference;
  }

  public String label() {
    return label;
  }

  public DismissalClass kelas() {
    return kelas;
  }

  /** The point of Lampiran I that classes this ground. */
  public String reference() {
    return reference;
  }

  public static List<DismissalGround> of(DismissalClass kelas) {
    return Arrays.stream(values()).filter(g -> g.kelas == kelas).toList();
  }
}
