package id.asn.workflow.recruitment;

import java.time.LocalDate;

/** An applicant as registered (IV.B): {@code tanggalMelamar} null means the period's closing date of application. */
public record Pelamar(String nomorPeserta, String nik, String nama, LocalDate tanggalLahir, String jenisKelamin,
    Pendidikan pendidikan, String kodeFormasi, Kategori kategori, LocalDate tanggalMelamar) {}
