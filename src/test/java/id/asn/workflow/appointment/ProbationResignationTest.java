package id.asn.workflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProbationResignationTest {

  private static final LocalDate TMT_CPNS = LocalDate.of(2025, 6, 1);
  /** The one year of Lampiran I VI.B.1. */
  private static final Probation PROBATION = new Probation(TMT_CPNS, 1);

  @Test
  void aResignationDuringProbationBarsTheNextBudgetYear() {
    assertThat(ProbationResignation.barredBudgetYear(PROBATION, LocalDate.of(2025, 11, 3))).contains(2026);
  }

  @Test
  void theFirstAndLastDaysOfProbationCount() {
    assertThat(ProbationResignation.barredBudgetYear(PROBATION, LocalDate.of(2025, 6, 1))).contains(2026);
    assertThat(ProbationResignation.barredBudgetYear(PROBATION, LocalDate.of(2026, 5, 31))).contains(2027);
  }

  @Test
  void aResignationOutsideProbationBarsNothing() {
    assertThat(ProbationResignation.barredBudgetYear(PROBATION, LocalDate.of(2025, 5, 31))).isEmpty();
    assertThat(ProbationResignation.barredBudgetYear(PROBATION, LocalDate.of(2026, 6, 1))).isEmpty();
  }
}
