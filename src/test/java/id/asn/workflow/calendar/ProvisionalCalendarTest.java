package id.asn.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The provisional calendar held against what the 2023–2026 decrees (the V1 seed) actually set. */
class ProvisionalCalendarTest {

  private static Set<LocalDate> provisional(int year) {
    return ProvisionalCalendar.daysOff(year).stream().map(DayOff::tanggal).collect(Collectors.toSet());
  }

  @Test
  void easterSundaysAreTheKnownOnes() {
    assertThat(ProvisionalCalendar.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(ProvisionalCalendar.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(ProvisionalCalendar.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
  }

  @Test
  void theYearAfterTheNewestDecreeHasItsMovableHolidays() {
    Set<LocalDate> days = provisional(2027);
    // Idul Fitri 1448 H (Umm al-Qura 9 March 2027) and the day after; Imlek 2578 on 6 February 2027 (and the 7th, one day late)
    assertThat(days).contains(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 11),
        LocalDate.of(2027, 2, 6), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 8, 17));
    assertThat(ProvisionalCalendar.daysOff(2027)).allSatisfy(day -> {
      assertThat(day.tanggal().getYear()).isEqualTo(2027);
      assertThat(day.keterangan()).endsWith("(perkiraan)");
    });
    List<LocalDate> order = ProvisionalCalendar.daysOff(2027).stream().map(DayOff::tanggal).toList();
    assertThat(order).isSorted().doesNotHaveDuplicates();
  }

  /**
   * Every decreed national holiday of the year is a provisional day off, except those no calendar can foresee
   * (the 2024 election days) and, in 2023, Waisak on Sunday 4 June, which the Chinese month put on 2 and 3 June.
   */
  @ParameterizedTest
  @CsvSource({"2023,15,1,0", "2024,17,0,2", "2025,17,0,0", "2026,17,0,0"})
  void nationalHolidaysAgreeWithTheDecrees(int year, int matched, int offByOne, int missed) {
    Set<LocalDate> decreed = decreedOfType(year, DayOffType.LIBUR_NASIONAL);
    assertThat(agreement(decreed, provisional(year))).containsExactly(matched, offByOne, missed);
  }

  /** Cuti bersama are set by each decree; the assumed Lebaran and Christmas days catch most of them. */
  @ParameterizedTest
  @CsvSource({"2023,9,2,0", "2024,6,4,0", "2025,6,3,2", "2026,7,1,0"})
  void assumedCutiBersamaAgreeWithTheDecrees(int year, int matched, int offByOne, int missed) {
    Set<LocalDate> decreed = decreedOfType(year, DayOffType.CUTI_BERSAMA);
    assertThat(agreement(decreed, provisional(year))).containsExactly(matched, offByOne, missed);
  }

  private static Set<LocalDate> decreedOfType(int year, DayOffType type) {
    return SeededCalendar.typedDaysOff().get(year).stream().filter(d -> d.jenis() == type).map(DayOff::tanggal)
        .collect(Collectors.toSet());
  }

  private static List<Integer> agreement(Set<LocalDate> decreed, Set<LocalDate> provisional) {
    int matched = 0;
    int offByOne = 0;
    int missed = 0;
    for (LocalDate day : decreed) {
      if (provisional.contains(day)) {
        matched++;
      } else if (provisional.contains(day.minusDays(1)) || provisional.contains(day.plusDays(1))) {
        offByOne++;
      } else {
        missed++;
      }
    }
    return List.of(matched, offByOne, missed);
  }
}
