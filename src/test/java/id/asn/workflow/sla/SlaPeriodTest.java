package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SlaPeriodTest {

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void aCalendarMonthIsOneWholeMonthWithNoEdges() {
    SlaPeriod p = SlaPeriod.split(d("2025-01-01"), d("2025-01-31"));
    assertThat(p.firstMonth()).isEqualTo(d("2025-01-01"));
    assertThat(p.lastMonth()).isEqualTo(d("2025-01-01"));
    assertThat(p.edges()).isEmpty();
  }

  @Test
  void partialMonthsAtBothEndsAreEdges() {
    SlaPeriod p = SlaPeriod.split(d("2025-01-15"), d("2025-04-10"));
    assertThat(p.firstMonth()).isEqualTo(d("2025-02-01"));
    assertThat(p.lastMonth()).isEqualTo(d("2025-03-01"));
    assertThat(p.edges()).containsExactly(new LocalDate[] {d("2025-01-15"), d("2025-01-31")},
        new LocalDate[] {d("2025-04-01"), d("2025-04-10")});
  }

  @Test
  void aPeriodWithoutAWholeMonthIsOneEdge() {
    SlaPeriod p = SlaPeriod.split(d("2025-01-31"), d("2025-02-01"));
    assertThat(p.hasWholeMonths()).isFalse();
    assertThat(p.edges()).containsExactly(new LocalDate[] {d("2025-01-31"), d("2025-02-01")});
    assertThat(SlaPeriod.split(d("2024-02-01"), d("2024-02-29")).edges()).as("leap year February").isEmpty();
  }
}
