package id.asn.workflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.calendar.SeededCalendar;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.support.ShippedTimeLimits;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The announced day of SKD and SKB (Lampiran I V.B.10, V.C.2.a, V.D.2.b), counted by hand on the 2024 calendar. */
class ExamDateTest {

  private static final RecruitmentTimeLimits LIMITS = RecruitmentTimeLimits.from(ShippedTimeLimits.INSTANCE);

  private static CompletionValues day(String key, String iso) {
    return new CompletionValues(Map.of(key, iso));
  }

  @Test
  void skdIsAnnouncedSevenCalendarDaysAheadAndFourteenWorkingDaysAfterTheAdministrativeSelection() {
    // administrative selection Tue 17 Sep 2024; 14 working days: 18-20, 23-27 Sep, 30 Sep-4 Oct, 7 Oct
    LocalDate skd = ExamDate.skd(day("tanggalSkd", "2024-10-07"), LocalDate.of(2024, 9, 30),
        LocalDate.of(2024, 9, 17), SeededCalendar.calendar(), LIMITS);
    assertThat(skd).isEqualTo(LocalDate.of(2024, 10, 7));
    assertThatThrownBy(() -> ExamDate.skd(day("tanggalSkd", "2024-10-04"), LocalDate.of(2024, 9, 20),
        LocalDate.of(2024, 9, 17), SeededCalendar.calendar(), LIMITS))
        .isInstanceOf(InvalidCompletionException.class).hasMessageContaining("14 hari kerja");
    assertThatThrownBy(() -> ExamDate.skd(day("tanggalSkd", "2024-10-07"), LocalDate.of(2024, 10, 1),
        LocalDate.of(2024, 9, 17), SeededCalendar.calendar(), LIMITS))
        .isInstanceOf(InvalidCompletionException.class)
        .hasMessageContaining("batasnya 2024-09-30").hasMessageContaining("paling cepat 2024-10-08");
  }

  @Test
  void skbComesAfterSkd() {
    assertThat(ExamDate.skb(day("tanggalSkb", "2024-10-21"), LocalDate.of(2024, 10, 10), LocalDate.of(2024, 10, 7), LIMITS))
        .isEqualTo(LocalDate.of(2024, 10, 21));
    assertThatThrownBy(() -> ExamDate.skb(day("tanggalSkb", "2024-10-07"), LocalDate.of(2024, 9, 20),
        LocalDate.of(2024, 10, 7), LIMITS))
        .isInstanceOf(InvalidCompletionException.class).hasMessageContaining("setelah SKD (2024-10-07)");
  }
}
