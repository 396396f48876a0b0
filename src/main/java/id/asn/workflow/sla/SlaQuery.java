package id.asn.workflow.sla;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What a report covers: a period of Jakarta dates (both included) and optional filters. */
record SlaQuery(LocalDate dari, LocalDate sampai, String kegiatan, String petugas, String instansi) {

  /** Ten years: enough for any review, and a bound on the work one request can ask for. */
  public static final int MAX_DAYS = 3660;

  public SlaQuery {
    if (dari == null || sampai == null) {
      throw new IllegalArgumentException("dari dan sampai wajib diisi");
    }
    if (sampai.isBefore(dari)) {
      throw new IllegalArgumentException("sampai tidak boleh sebelum dari");
    }
    if (ChronoUnit.DAYS.between(dari, sampai) >= MAX_DAYS) {
      throw new IllegalArgumentException("periode paling panjang " + MAX_DAYS + " hari");
    }
    kegiatan = blankToNull(kegiatan);
    petugas = blankToNull(petugas);
    instansi = blankToNull(instansi);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
