package id.asn.workflow.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.calendar.SeededCalendar;
import id.asn.workflow.calendar.WorkingDayCalendar;
import id.asn.workflow.calendar.YearDays;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubmissionDeadlineTest {

  /** Holidays and cuti bersama of March and April 2025 and 2026 (V1__kalender.sql). */
  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(year -> YearDays.decreed(Set.of(
      LocalDate.of(2025, 3, 28), LocalDate.of(2025, 3, 29), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1),
      LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 3), LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 7),
      LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 20),
      LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21),
      LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 4, 3),
      LocalDate.of(2026, 4, 5))));

  @Test
  void theWarningComesTenWorkingDaysBeforeAcrossLebaran() {
    // 30, 27, 26, 25 March; 18-24 March are Nyepi and Idul Fitri 2026; then 17, 16, 13, 12, 11, 10 March
    assertThat(SubmissionDeadline.warning(LocalDate.of(2026, 3, 31), 10, CALENDAR).tanggal()).isEqualTo(LocalDate.of(2026, 3, 10));
    // 29 to 16 April 2026, no day off between
    assertThat(SubmissionDeadline.warning(LocalDate.of(2026, 4, 30), 10, CALENDAR).tanggal()).isEqualTo(LocalDate.of(2026, 4, 16));
    // 31 March 2025 is Idul Fitri, 28 March cuti bersama: 27, 26, 25, 24, 21, 20, 19, 18, 17, 14 March
    assertThat(SubmissionDeadline.warning(LocalDate.of(2025, 3, 31), 10, CALENDAR).tanggal()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(SubmissionDeadline.warning(LocalDate.of(2026, 3, 31), 0, CALENDAR).tanggal()).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void aWarningInAYearWithoutADecreeIsProvisional() {
    // 30, 29 March 2027; 26 Good Friday on the provisional calendar; 25, 24, 23, 22, 19, 18, 17, 16 March
    var warning = SubmissionDeadline.warning(LocalDate.of(2027, 3, 31), 10, SeededCalendar.calendar());
    assertThat(warning.tanggal()).isEqualTo(LocalDate.of(2027, 3, 16));
    assertThat(warning.sementara()).isTrue();
    assertThat(SubmissionDeadline.warning(LocalDate.of(2026, 3, 31), 10, SeededCalendar.calendar()).sementara())
        .isFalse();
  }

  @Test
  void aSubmissionIsLateOnceTheLastDayIsOverInJakarta() {
    LocalDate lastDay = LocalDate.of(2026, 3, 31);
    assertThat(SubmissionDeadline.isLate(ZonedDateTime.of(2026, 3, 31, 23, 59, 59, 0, SubmissionDeadline.ZONE).toInstant(),
        lastDay)).isFalse();
    assertThat(SubmissionDeadline.isLate(ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, SubmissionDeadline.ZONE).toInstant(),
        lastDay)).isTrue();
  }
}
