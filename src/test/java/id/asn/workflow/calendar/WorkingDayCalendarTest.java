package id.asn.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Real cases over the seeded decrees (the V1 migration is the data the application starts with). */
class WorkingDayCalendarTest {

  private static final Map<Integer, Set<LocalDate>> SEEDED = SeededCalendar.daysOff();

  private final WorkingDayCalendar calendar = SeededCalendar.calendar();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void seedHoldsFourYearsOfDecrees() {
    assertThat(SEEDED.keySet()).containsExactlyInAnyOrder(2023, 2024, 2025, 2026);
    assertThat(SEEDED.get(2025)).hasSize(28);
  }

  @Nested
  class Lebaran {
    @Test
    void lebaran2023SkipsCutiBersamaOnBothSides() {
      // 19-21 and 24-25 April cuti bersama, 22-23 Idul Fitri on the weekend
      assertThat(calendar.plusWorkingDays(d("2023-04-18"), 1)).isEqualTo(d("2023-04-26"));
    }

    @Test
    void lebaran2024() {
      assertThat(calendar.plusWorkingDays(d("2024-04-05"), 1)).isEqualTo(d("2024-04-16"));
    }

    @Test
    void lebaran2025ClosesOfficesForSevenWorkingDays() {
      assertThat(calendar.plusWorkingDays(d("2025-03-27"), 1)).isEqualTo(d("2025-04-08"));
    }

    @Test
    void contractExampleFifteenWorkingDaysAcrossLebaran2025() {
      assertThat(calendar.plusWorkingDays(d("2025-03-24"), 15)).isEqualTo(d("2025-04-24"));
      assertThat(calendar.workingDaysBetween(d("2025-03-24"), d("2025-04-24"))).isEqualTo(15);
    }
  }

  @Nested
  class Elections2024 {
    @Test
    void generalElectionDayIsOff() {
      assertThat(calendar.isWorkingDay(d("2024-02-14"))).isFalse();
      assertThat(calendar.plusWorkingDays(d("2024-02-13"), 1)).isEqualTo(d("2024-02-15"));
    }

    @Test
    void israMikrajImlekAndItsCutiBersamaMakeALongWeekend() {
      assertThat(calendar.plusWorkingDays(d("2024-02-07"), 1)).isEqualTo(d("2024-02-12"));
    }

    @Test
    void regionalElectionDayIsOff() {
      assertThat(calendar.plusWorkingDays(d("2024-11-26"), 1)).isEqualTo(d("2024-11-28"));
    }
  }

  @Nested
  class YearEnds {
    @Test
    void christmasAndItsCutiBersama() {
      assertThat(calendar.plusWorkingDays(d("2024-12-24"), 1)).isEqualTo(d("2024-12-27"));
      assertThat(calendar.plusWorkingDays(d("2026-12-23"), 1)).isEqualTo(d("2026-12-28"));
    }

    @Test
    void countingCrossesIntoTheNextYearAndSkipsNewYearsDay() {
      assertThat(calendar.plusWorkingDays(d("2025-12-24"), 3)).isEqualTo(d("2025-12-31"));
      assertThat(calendar.plusWorkingDays(d("2025-12-24"), 4)).isEqualTo(d("2026-01-02"));
    }

    @Test
    void aYearWithNoDecreeIsCountedOnTheProvisionalCalendarAndSaysSo() {
      // 1 January 2027 is a Friday: a fixed-date holiday the provisional calendar knows
      Deadline intoNextYear = calendar.deadline(DeadlineRule.workingDaysAfter(d("2026-12-31"), 1));
      assertThat(intoNextYear.tanggal()).isEqualTo(d("2027-01-04"));
      assertThat(intoNextYear.sementara()).isTrue();
      assertThat(intoNextYear.note()).contains("sementara");
    }

    @Test
    void aDeadlineWithinDecreedYearsIsNotProvisional() {
      Deadline within = calendar.deadline(DeadlineRule.workingDaysAfter(d("2025-12-24"), 4));
      assertThat(within.tanggal()).isEqualTo(d("2026-01-02"));
      assertThat(within.sementara()).isFalse();
      assertThat(within.note()).isEmpty();
    }
  }

  @Nested
  class Weekends {
    @Test
    void fridayPlusOneIsMonday() {
      assertThat(calendar.plusWorkingDays(d("2025-06-13"), 1)).isEqualTo(d("2025-06-16"));
    }

    @Test
    void aSaturdayIsNeverAWorkingDay() {
      assertThat(calendar.isWorkingDay(d("2025-06-14"))).isFalse();
      assertThat(calendar.isWorkingDay(d("2025-06-16"))).isTrue();
    }

    @Test
    void independenceDayCutiBersama2025() {
      assertThat(calendar.isWorkingDay(d("2025-08-18"))).isFalse();
    }
  }

  @Nested
  class Arithmetic {
    @Test
    void zeroDaysIsTheStartItself() {
      assertThat(calendar.plusWorkingDays(d("2025-03-29"), 0)).isEqualTo(d("2025-03-29"));
    }

    @Test
    void aDayOffMovesToTheNextWorkingDay() {
      assertThat(calendar.onOrNextWorkingDay(d("2025-03-29"))).isEqualTo(d("2025-04-08"));
      assertThat(calendar.onOrNextWorkingDay(d("2025-04-08"))).isEqualTo(d("2025-04-08"));
    }

    @Test
    void betweenIsNegativeBackwardsAndZeroOnTheSameDay() {
      assertThat(calendar.workingDaysBetween(d("2025-04-24"), d("2025-03-24"))).isEqualTo(-15);
      assertThat(calendar.workingDaysBetween(d("2025-04-24"), d("2025-04-24"))).isZero();
    }

    @Test
    void calendarDaysCountEveryDay() {
      assertThat(WorkingDayCalendar.plusCalendarDays(d("2024-02-20"), 15)).isEqualTo(d("2024-03-06"));
      assertThat(WorkingDayCalendar.calendarDaysBetween(d("2024-02-01"), d("2024-03-01"))).isEqualTo(29);
    }

    @Test
    void negativeDaysAreRefused() {
      assertThatThrownBy(() -> calendar.plusWorkingDays(d("2025-01-02"), -1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

}
