package id.asn.workflow.recruitment;

import java.time.LocalDate;

/** A recruitment period of one instansi, year and kind, with its schedule once set. */
public record Periode(String id, String instansi, int tahun, String status, String ketuaPanitia, String nomorSkPanitia,
    Jadwal jadwal, String alamatLamaran, String syaratPelamar, LocalDate pengumumanTerbit, LocalDate hasilAkhirDiterima,
    LocalDate hasilAkhirDiumumkan, JenisSeleksi jenis) {

  /** A PNS period keeps the id it always had ({@code KabBatang-2024}); a PPPK period ends in -PPPK. */
  public static String idOf(String instansi, int tahun, JenisSeleksi jenis) {
    return instansi + "-" + tahun + (jenis == JenisSeleksi.PPPK ? "-PPPK" : "");
  }

  public boolean pppk() {
    return jenis == JenisSeleksi.PPPK;
  }

  /** The day an applicant's age is counted on when the import does not give one: the close of application. */
  public LocalDate batasPelamaran() {
    return jadwal == null ? null : jadwal.batasPelamaran();
  }
}
