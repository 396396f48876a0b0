package id.asn.workflow.pertek.intake;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulStatus;
import java.time.Instant;
import java.time.LocalDate;

/** The candidate's data of a usul after {@link UsulFormValidator} accepted it. */
public record CandidateData(
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
    String agama) {

  /** A new usul of an instansi, waiting for verification. */
  public UsulNi toNewUsul(String id, String instansi, Instant now) {
    return new UsulNi(id, instansi, jenisAsn, nomorPeserta, nik, nama, tempatLahir, tanggalLahir, jenisKelamin,
        pendidikan, jabatan, unitKerja, tmt, agama, UsulStatus.VERIFIKASI, null, null, now, now);
  }

  /** The usul with this data in place of what it had; its number, status and history stay. */
  UsulNi applyTo(UsulNi usul) {
    return new UsulNi(usul.id(), usul.instansi(), jenisAsn, usul.nomorPeserta(), nik, nama, tempatLahir, tanggalLahir,
        jenisKelamin, pendidikan, jabatan, unitKerja, tmt, agama, usul.status(), usul.nomorInduk(), usul.alasan(),
        usul.dibuat(), usul.diperbarui());
  }
}
