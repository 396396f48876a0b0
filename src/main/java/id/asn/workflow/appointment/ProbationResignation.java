package id.asn.workflow.appointment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A CPNS who resigns during probation may not take part in the PNS selection of the probation's bar of budget years,
 * one in Perbup Batang 6/2023 Lampiran I VI.B.8 (the row laranganSeleksiPengunduranDiri of processes/tenggat.dmn):
 * the budget years after the resignation (the state's budget year is the calendar year). A resignation outside the
 * probation (before TMT CPNS, or after its last day) bars nothing here.
 */
final class ProbationResignation {

  private ProbationResignation() {}

  /** The first and last budget year barred, both included. */
  record BarredYears(int from, int to) {}

  /** The budget years whose selection the CPNS may not enter, when the resignation falls within the probation. */
  static Optional<BarredYears> barredBudgetYears(Probation probation, LocalDate resignation) {
    if (resignation.isBefore(probation.tmtCpns()) || resignation.isAfter(probation.lastDay())
        || probation.resignationBarYears() == 0) {
      return Optional.empty();
    }
    int from = resignation.getYear() + 1;
    return Optional.of(new BarredYears(from, from + probation.resignationBarYears() - 1));
  }
}
