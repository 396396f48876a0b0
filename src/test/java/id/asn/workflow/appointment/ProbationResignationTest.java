package id.asn.workflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.appointment.ProbationResignation.BarredYears;
import id.asn.workflow.support.ShippedTimeLimits;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProbationResignationTest {

  private static final LocalDate TMT_CPNS = LocalDate.of(2025, 6, 1);
  /** The one year of probation (Lampiran I VI.B.1) and the one budget year barred (VI.B.8), as the table ships. */
  private static final AppointmentTimeLimits LIMITS = AppointmentTimeLimits.from(ShippedTimeLimits.INSTANCE);
  private static final Probation PROBATION = new Probation(TMT_CPNS, LIMITS.masaPercobaanTahun(),
      LIMITS.laranganSeleksiTahun());

  @Test
  void aResignationDuringProbationBarsTheNextBudgetYear() {
    assertThat(ProbationResignation.barredBudgetYears(PROBATION, LocalDate.of(2025, 11, 3)))
        .contains(new BarredYears(2026, 2026));
  }

  @Test
  void theFirstAndLastDaysOfProbationCount() {
    assertThat(ProbationResignation.barredBudgetYears(PROBATION, LocalDate.of(2025, 6, 1)))
        .contains(new BarredYears(2026, 2026));
    assertThat(ProbationResignation.barredBudgetYears(PROBATION, LocalDate.of(2026, 5, 31)))
        .contains(new BarredYears(2027, 2027));
  }

  @Test
  void aResignationOutsideProbationBarsNothing() {
    assertThat(ProbationResignation.barredBudgetYears(PROBATION, LocalDate.of(2025, 5, 31))).isEmpty();
    assertThat(ProbationResignation.barredBudgetYears(PROBATION, LocalDate.of(2026, 6, 1))).isEmpty();
  }

  @Test
  void aLongerBarFromTheTableBarsThatManyBudgetYearsAndNoneBarsNothing() {
    assertThat(ProbationResignation.barredBudgetYears(new Probation(TMT_CPNS, 1, 2), LocalDate.of(2025, 11, 3)))
        .contains(new BarredYears(2026, 2027));
    assertThat(ProbationResignation.barredBudgetYears(new Probation(TMT_CPNS, 1, 0), LocalDate.of(2025, 11, 3)))
        .isEmpty();
  }
}
