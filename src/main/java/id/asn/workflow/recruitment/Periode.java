package id.asn.workflow.recruitment;

import java.time.LocalDate;

/** A recruitment period of one instansi and year, with its schedule once set. */
public record Periode(String id, String instansi, int tahun, String status, String ketuaPanitia, String nomorSkPanitia,
    Jadwal jadwal, String alamatLamaran, String syaratPelamar, LocalDate pengumumanTerbit, LocalDate hasilAkhirDiterima,
    LocalDate hasilAkhirDiumumkan) {

  public static String idOf(String instansi, int tahun) {
    return instansi + "-" + tahun;
  }

  /** The day an applicant's age is counted on when the import does not give one: the close of application. */
  public LocalDate batasPelamaran() {
    return jadwal == null ? null : jadwal.batasPelamaran();
  }
}
