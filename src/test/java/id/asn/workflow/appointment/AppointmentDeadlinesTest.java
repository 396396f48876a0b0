package id.asn.workflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.calendar.SeededCalendar;
import id.asn.workflow.support.ShippedTimeLimits;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The appointment's time limits over the seeded holidays, counted on paper day by day. */
class AppointmentDeadlinesTest {

  private final AppointmentDeadlines deadlines = new AppointmentDeadlines(SeededCalendar.calendar(),
      AppointmentTimeLimits.from(ShippedTimeLimits.INSTANCE));

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Nested
  class Documents {
    @Test
    void fifteenWorkingDaysAfterTheNoticeAcrossLebaran2025() {
      // notice Mon 24 Mar 2025; 28 Mar - 7 Apr off (Nyepi, Idul Fitri, cuti bersama) -> Thu 24 Apr
      assertThat(deadlines.documentsDue(d("2025-03-24"), 0).tanggal()).isEqualTo(d("2025-04-24"));
    }

    @Test
    void tenMoreWorkingDaysForDistance() {
      // after 24 Apr: 25, 28, 29, 30 Apr, (1 May off) 2, 5, 6, 7, 8, 9 May
      assertThat(deadlines.documentsDue(d("2025-03-24"), 10).tanggal()).isEqualTo(d("2025-05-09"));
    }

    @Test
    void partOfTheDistanceAllowance() {
      // after 24 Apr: 25, 28, 29 Apr
      assertThat(deadlines.documentsDue(d("2025-03-24"), 3).tanggal()).isEqualTo(d("2025-04-29"));
    }

    @Test
    void moreThanTenDaysForDistanceIsRefused() {
      assertThatThrownBy(() -> deadlines.documentsDue(d("2025-03-24"), 11))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paling lama 10 hari kerja");
      assertThatThrownBy(() -> deadlines.documentsDue(d("2025-03-24"), -1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Pppk {
    @Test
    void theNiPppkWithin25WorkingDaysOfTheProposal() {
      // proposal Thu 8 May 2025: 9, (12-13 off) 14-16, 19-23, 26-28, (29-30 off) 2-5 Jun, (6, 9 off) 10-13, 16-20 Jun
      assertThat(deadlines.numberDue(d("2025-05-08")).tanggal()).isEqualTo(d("2025-06-20"));
    }

    @Test
    void anIncompleteProposalCompletedWithin25WorkingDaysOfTheNotice() {
      assertThat(deadlines.correctionDue(d("2025-05-08")).tanggal()).isEqualTo(d("2025-06-20"));
      // notice Mon 23 Jun 2025: 24-26 (3), (27 Jun 1 Muharram) 30 Jun - 4 Jul (8), 7-11, 14-18, 21-25 (23), 28-29 Jul
      assertThat(deadlines.correctionDue(d("2025-06-23")).tanggal()).isEqualTo(d("2025-07-29"));
    }

    @Test
    void agreementDecreeAndDeliveryToBknWithin30WorkingDaysOfTheNi() {
      // NI Thu 8 May 2025: the 25th working day is 20 Jun, then 23-26 Jun, (27 Jun off) 30 Jun
      assertThat(deadlines.decreeDue(d("2025-05-08")).tanggal()).isEqualTo(d("2025-06-30"));
      assertThat(deadlines.bknDeliveryDue(d("2025-05-08")).tanggal()).isEqualTo(d("2025-06-30"));
    }
  }

  @Nested
  class Decree {
    @Test
    void thirtyWorkingDaysAfterTheNip() {
      // NIP Fri 2 May 2025; off: 12-13 May, 29-30 May, 6 and 9 Jun -> 30th working day Mon 23 Jun
      assertThat(deadlines.decreeDue(d("2025-05-02")).tanggal()).isEqualTo(d("2025-06-23"));
    }

    @Test
    void deliveredWithinSevenWorkingDays() {
      // decree Mon 23 Jun 2025: 24, 25, 26, (27 Jun 1 Muharram) 30 Jun, 1, 2, 3 Jul
      assertThat(deadlines.decreeDeliveryDue(d("2025-06-23")).tanggal()).isEqualTo(d("2025-07-03"));
    }

    @Test
    void replacementReportedWithinTwentyWorkingDays() {
      // decree Mon 9 Mar 2026: 10-13, 16, 17, (18-24 Nyepi, Idul Fitri) 25-27, 30, 31 Mar, 1, 2, (3 Apr) 6-10, 13, 14 Apr
      assertThat(deadlines.replacementReportDue(d("2026-03-09")).tanggal()).isEqualTo(d("2026-04-14"));
    }

    @Test
    void aLimitReachingIntoAYearWithoutADecreeIsProvisional() {
      // NIP Tue 1 Dec 2026: 20 working days to 31 Dec (24 CB, 25 L), then 1 Jan and 5-6 Jan (Isra Mikraj, a day
      // later to err late) off on the provisional calendar: 4, 7, 8, 11, 12, 13, 14, 15, 18, 19 Jan 2027
      var due = deadlines.decreeDue(d("2026-12-01"));
      assertThat(due.tanggal()).isEqualTo(d("2027-01-19"));
      assertThat(due.sementara()).isTrue();
      assertThat(deadlines.decreeDue(d("2026-10-01")).sementara()).as("counted in 2026 only").isFalse();
    }
  }

  @Nested
  class Spmt {
    @Test
    void atMostOneCalendarMonthAfterTheDecreeTakesEffect() {
      assertThat(deadlines.spmtLatest(d("2025-06-01"))).isEqualTo(d("2025-07-01"));
      assertThat(deadlines.spmtLatest(d("2025-01-31"))).isEqualTo(d("2025-02-28"));
      assertThat(deadlines.spmtLatest(d("2024-01-31"))).isEqualTo(d("2024-02-29"));
    }

    @Test
    void anSpmtWithinTheMonthIsAccepted() {
      assertThatCode(() -> deadlines.checkSpmt(d("2025-06-01"), d("2025-06-01"))).doesNotThrowAnyException();
      assertThatCode(() -> deadlines.checkSpmt(d("2025-06-01"), d("2025-07-01"))).doesNotThrowAnyException();
    }

    @Test
    void anSpmtTooLateOrBeforeTheDecreeIsRefused() {
      assertThatThrownBy(() -> deadlines.checkSpmt(d("2025-06-01"), d("2025-07-02")))
          .hasMessageContaining("paling lambat 2025-07-01");
      assertThatThrownBy(() -> deadlines.checkSpmt(d("2025-06-01"), d("2025-05-31")))
          .hasMessageContaining("sebelum TMT");
    }

    @Test
    void payProposedWithinTwoMonthsOfTheSpmt() {
      assertThat(deadlines.payProposalDue(d("2025-06-02"))).isEqualTo(d("2025-08-02"));
    }
  }

  @Nested
  class Probation {
    @Test
    void oneYearFromTmtCpns() {
      assertThat(deadlines.probation(d("2025-06-01")).lastDay()).isEqualTo(d("2026-05-31"));
    }

    @Test
    void aYearSpanningALeapDay() {
      assertThat(deadlines.probation(d("2023-03-01")).lastDay()).isEqualTo(d("2024-02-29"));
    }

    @Test
    void aYearFromALeapDay() {
      assertThat(deadlines.probation(d("2024-02-29")).anniversary()).isEqualTo(d("2025-03-01"));
      assertThat(deadlines.probation(d("2024-02-29")).lastDay()).isEqualTo(d("2025-02-28"));
    }
  }
}
