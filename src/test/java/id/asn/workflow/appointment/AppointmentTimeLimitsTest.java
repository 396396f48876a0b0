package id.asn.workflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.ShippedTimeLimits;
import org.junit.jupiter.api.Test;

/**
 * The shipped time limits are the seed's: Lampiran I VI.A.1.c-d, VI.A.6.c, f, g.2, VI.A.10.c-d, VI.B.1, VI.B.8; Lampiran II
 * VI.6.a, c, VII.A, VIII.A.
 */
class AppointmentTimeLimitsTest {

  @Test
  void theShippedTableHoldsTheRegulationsDaysMonthsAndYears() {
    assertThat(AppointmentTimeLimits.from(ShippedTimeLimits.INSTANCE))
        .isEqualTo(new AppointmentTimeLimits(15, 10, 30, 7, 20, 25, 25, 30, 1, 2, 1, 1));
  }

  @Test
  void aProbationOfTwoYearsFromALeapDayEndsOnTheLastDayOfFebruary() {
    assertThat(new Probation(java.time.LocalDate.of(2024, 2, 29), 2, 1).lastDay()).isEqualTo("2026-02-28");
    assertThat(new Probation(java.time.LocalDate.of(2024, 2, 29), 4, 1).lastDay()).isEqualTo("2028-02-28");
  }
}
