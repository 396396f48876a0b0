package id.asn.workflow.appointment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A CPNS who resigns during probation may not take part in the PNS selection of one budget year
 * (Perbup Batang 6/2023 Lampiran I VI.B.8): the budget year after the resignation (the state's budget year is the
 * calendar year). A resignation outside the probation (before TMT CPNS, or after the year) bars nothing here.
 */
final class ProbationResignation {

  private ProbationResignation() {}

  /** The budget year whose selection the CPNS may not enter, when the resignation falls within the probation. */
  public static Optional<Integer> barredBudgetYear(Probation probation, LocalDate resignation) {
    if (resignation.isBefore(probation.tmtCpns()) || resignation.isAfter(probation.lastDay())) {
      return Optional.empty();
    }
    return Optional.of(resignation.getYear() + 1);
  }
}
