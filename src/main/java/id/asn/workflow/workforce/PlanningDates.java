package id.asn.workflow.workforce;

import java.time.LocalDate;

/**
 * The dates Peraturan BKN 9/2022 fixes for a planning year: the decision table
 * {@code processes/tanggal-kebutuhan.dmn}, read in the engine.
 */
public interface PlanningDates {

  /**
   * The last day to submit the proposal of planning year {@code tahun}: the end of March, or of April when next year's
   * budget plan changed.
   *
   * @throws id.asn.workflow.kernel.Refusal (409) when the table holds no row for the year (docs/rules.md)
   */
  LocalDate lastDay(int tahun, boolean perubahanAnggaran);

  /**
   * The staff data date: 31 December of the year before.
   *
   * @throws id.asn.workflow.kernel.Refusal (409) when the table holds no row for the year (docs/rules.md)
   */
  LocalDate dataDate(int tahun);
}
