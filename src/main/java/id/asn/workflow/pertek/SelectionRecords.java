package id.asn.workflow.pertek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What this system's recruitment records say of a candidate, for the pre-check to hold a usul against: the period's
 * formasi and the candidate's application and final result. The appointment feature implements it.
 */
public interface SelectionRecords {

  /** Nothing when this system holds no period of that id (the instansi recruited elsewhere). */
  Optional<Facts> facts(String periodeId, String nomorPeserta, String kodeFormasi);

  /**
   * @param formasi null when the period has no formasi of that code
   * @param hasil null when the candidate has no final result in the period
   * @param tanggalMelamar the day the candidate applied, null when not recorded
   * @param pengganti the candidate was called to replace one who left (VI.A.6.g, II VI.6.g), not among those who
   *     passed at first
   */
  record Facts(Formasi formasi, Hasil hasil, LocalDate tanggalMelamar, boolean pengganti) {}

  /** {@code batasUsiaPensiun}: the position's retirement age (PPPK formasi), null for a PNS formasi. */
  record Formasi(String kode, String jabatan, Set<String> kualifikasi, int batasUsia, Integer batasUsiaPensiun) {}

  record Hasil(String kodeFormasi, boolean lulus, int peringkat, BigDecimal nilaiAkhir) {}
}
