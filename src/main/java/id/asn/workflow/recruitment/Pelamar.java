package id.asn.workflow.recruitment;

import java.time.LocalDate;

/**
 * An applicant as registered (IV.B): {@code tanggalMelamar} null means the period's closing date of application.
 * PPPK: whether the applicant holds a valid professional certificate, and an earlier dismissal (null: none).
 */
record Pelamar(String nomorPeserta, String nik, String nama, LocalDate tanggalLahir, String jenisKelamin,
    Pendidikan pendidikan, String kodeFormasi, Kategori kategori, LocalDate tanggalMelamar, boolean sertifikatProfesi,
    Pemberhentian pemberhentian) {

  /** A PNS applicant. */
  public Pelamar(String nomorPeserta, String nik, String nama, LocalDate tanggalLahir, String jenisKelamin,
      Pendidikan pendidikan, String kodeFormasi, Kategori kategori, LocalDate tanggalMelamar) {
    this(nomorPeserta, nik, nama, tanggalLahir, jenisKelamin, pendidikan, kodeFormasi, kategori, tanggalMelamar, false,
        null);
  }
}
