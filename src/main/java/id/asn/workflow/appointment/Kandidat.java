package id.asn.workflow.appointment;

import java.time.LocalDate;

/** The candidate as the recruitment recorded them: what the NIP proposal needs besides the appointment's data. */
record Kandidat(String nomorPeserta, String nik, String nama, LocalDate tanggalLahir, String jenisKelamin,
    String pendidikan, String jabatan, String unitKerja) {}
