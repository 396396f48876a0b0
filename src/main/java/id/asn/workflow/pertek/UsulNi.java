package id.asn.workflow.pertek;

import id.asn.workflow.kernel.JenisAsn;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One usul penetapan NI as stored: the candidate's data as the instansi sent it (or last corrected it),
 * where it stands, and the number and reason the Kanreg gave it.
 */
public record UsulNi(
    String id,
    String instansi,
    JenisAsn jenisAsn,
    String nomorPeserta,
    String nik,
    String nama,
    String tempatLahir,
    LocalDate tanggalLahir,
    String jenisKelamin,
    String pendidikan,
    String jabatan,
    String unitKerja,
    LocalDate tmt,
    String agama,
    UsulStatus status,
    String nomorInduk,
    String alasan,
    Instant dibuat,
    Instant diperbarui) {
}
