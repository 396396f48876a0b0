package id.asn.workflow.workforce;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One instansi's workforce-needs planning for a planning year: the proposal is due in that year for the
 * needs of the next year, with staff data at the data date (31 December of the year before), both set from
 * {@link PlanningDates} when the planning starts.
 */
public record Planning(String id, String instansi, String namaInstansi, JenisInstansi jenisInstansi, int tahun,
    LocalDate tanggalData,
    PlanningStatus status, boolean perubahanAnggaran, LocalDate batasPenyampaian, LocalDate tanggalPeringatan,
    LocalDate peringatanUntuk, boolean terlambat, Instant disampaikan, Instant disampaikanTerakhir,
    Attachments lampiran, SubmissionLetter surat, String alasanPengembalian, String laporanAnalisis,
    String catatanPertimbangan, String nomorPertimbangan, LocalDate tanggalPertimbangan, Instant dibuat,
    Instant diperbarui) {

  /** The business key of the process instance and the id in the API: {@code KabBatang-2026}. */
  public static String idOf(String instansi, int tahun) {
    return instansi + "-" + tahun;
  }

  public int tahunKebutuhan() {
    return tahun + 1;
  }

  public boolean submitted() {
    return disampaikan != null;
  }
}
