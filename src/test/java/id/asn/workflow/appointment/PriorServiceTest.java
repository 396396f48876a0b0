package id.asn.workflow.appointment;

import id.asn.workflow.support.ShippedCpnsPayRules;
import static id.asn.workflow.appointment.ServiceKind.BUMN_BUMD;
import static id.asn.workflow.appointment.ServiceKind.PEJABAT_NEGARA;
import static id.asn.workflow.appointment.ServiceKind.SWASTA_BERBADAN_HUKUM;
import static id.asn.workflow.appointment.ServiceKind.TUGAS_PEMERINTAHAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** VI.A.11 on hand-computed cases: lengths worked out on paper from the dates, 30-day months when adding up. */
class PriorServiceTest {

  /** The shipped rule: private employment from a year, half, at most 8 years; leftover days above 15. */
  private static final CpnsPayRule RULE = ShippedCpnsPayRules.RULE;

  private static ServicePeriod p(ServiceKind kind, String from, String to) {
    return new ServicePeriod(kind, LocalDate.parse(from), LocalDate.parse(to));
  }

  private static MasaKerja credit(ServicePeriod... periods) {
    return PriorService.credit(Arrays.asList(periods), RULE).masaKerja();
  }

  @Test
  void noPriorServiceCountsNothing() {
    assertThat(credit()).isEqualTo(MasaKerja.NOL);
  }

  @Test
  void everyKindButPrivateEmploymentCountsInFull() {
    assertThat(Arrays.stream(ServiceKind.values()).filter(ServiceKind::fullCredit))
        .containsExactly(PEJABAT_NEGARA, TUGAS_PEMERINTAHAN, ServiceKind.BADAN_INTERNASIONAL, BUMN_BUMD);
  }

  @Nested
  class FullCredit {
    @Test
    void twoYearsThreeMonthsAsVillageOfficial() {
      // 1 Jan 2019 .. 31 Mar 2021 = 2 years 3 months
      assertThat(credit(p(TUGAS_PEMERINTAHAN, "2019-01-01", "2021-03-31"))).isEqualTo(new MasaKerja(2, 3));
    }

    @ParameterizedTest(name = "{0} .. {1}: {2} months")
    @CsvSource({
        // 1 Mar .. 15 May = 2 months 15 days: 15 days are not more than 15, dropped (VI.A.11.f)
        "2021-03-01, 2021-05-15, 2",
        // 1 Mar .. 16 May = 2 months 16 days: more than 15 days round up to a month (VI.A.11.e)
        "2021-03-01, 2021-05-16, 3",
    })
    void leftoverDaysRoundAtFifteenAndSixteen(String from, String to, int months) {
      assertThat(credit(p(BUMN_BUMD, from, to)).totalBulan()).isEqualTo(months);
    }

    @Test
    void februaryOfALeapYearIsAWholeMonth() {
      // 1 .. 29 Feb 2020: exactly one month
      assertThat(credit(p(BUMN_BUMD, "2020-02-01", "2020-02-29"))).isEqualTo(new MasaKerja(0, 1));
    }

    @Test
    void aYearEndingTheDayBeforeALeapDayRoundsUpToAYear() {
      // 1 Mar 2023 .. 28 Feb 2024 = 11 months 28 days (29 Feb 2024 not reached): 28 days round up
      assertThat(credit(p(BUMN_BUMD, "2023-03-01", "2024-02-28"))).isEqualTo(new MasaKerja(1, 0));
    }

    @Test
    void daysOfSeveralPeriodsAddUpBeforeTheyAreRounded() {
      // 20 days + 20 days = 40 days = 1 month 10 days: 10 days dropped
      assertThat(credit(p(TUGAS_PEMERINTAHAN, "2021-01-01", "2021-01-20"), p(BUMN_BUMD, "2021-03-01", "2021-03-20")))
          .isEqualTo(new MasaKerja(0, 1));
    }
  }

  @Nested
  class PrivateEmployment {
    @Test
    void exactlyOneYearCountsHalf() {
      // 1 Jan .. 31 Dec 2020 = 1 year, half = 6 months
      PriorService.Credit credit = PriorService.credit(List.of(p(SWASTA_BERBADAN_HUKUM, "2020-01-01", "2020-12-31")),
          RULE);
      assertThat(credit.masaKerja()).isEqualTo(new MasaKerja(0, 6));
      assertThat(credit.swastaKurangSetahun()).isEmpty();
    }

    @Test
    void oneDayShortOfAYearCountsNothing() {
      // 2 Jan .. 31 Dec 2020 = 11 months 30 days: does not reach one year (VI.A.11.b.5)
      ServicePeriod period = p(SWASTA_BERBADAN_HUKUM, "2020-01-02", "2020-12-31");
      PriorService.Credit credit = PriorService.credit(List.of(period), RULE);
      assertThat(credit.masaKerja()).isEqualTo(MasaKerja.NOL);
      assertThat(credit.swastaKurangSetahun()).containsExactly(period);
    }

    @Test
    void twoShortEmploymentsDoNotAddUpToTheYear() {
      assertThat(credit(p(SWASTA_BERBADAN_HUKUM, "2018-01-01", "2018-08-31"),
          p(SWASTA_BERBADAN_HUKUM, "2019-01-01", "2019-08-31"))).isEqualTo(MasaKerja.NOL);
    }

    @Test
    void aYearFromALeapDayEndsOnTheTwentyEighthOfFebruary() {
      // 29 Feb 2020 .. 27 Feb 2021 = 11 months 30 days: short of a year
      assertThat(credit(p(SWASTA_BERBADAN_HUKUM, "2020-02-29", "2021-02-27"))).isEqualTo(MasaKerja.NOL);
      // 29 Feb 2020 .. 28 Feb 2021 = 1 year 1 day = 361 days, half 180 (half day dropped) = 6 months
      assertThat(credit(p(SWASTA_BERBADAN_HUKUM, "2020-02-29", "2021-02-28"))).isEqualTo(new MasaKerja(0, 6));
    }

    @Test
    void sixteenYearsGiveExactlyTheEightYearCap() {
      PriorService.Credit credit = PriorService.credit(List.of(p(SWASTA_BERBADAN_HUKUM, "2005-01-01", "2020-12-31")),
          RULE);
      assertThat(credit.masaKerja()).isEqualTo(new MasaKerja(8, 0));
      assertThat(credit.swastaDibatasi()).isFalse();
    }

    @Test
    void moreThanSixteenYearsAreCappedAtEight() {
      // 1 Jan 2005 .. 28 Feb 2021 = 16 years 2 months, half 8 years 1 month, capped at 8 years (VI.A.11.d)
      PriorService.Credit credit = PriorService.credit(List.of(p(SWASTA_BERBADAN_HUKUM, "2005-01-01", "2021-02-28")),
          RULE);
      assertThat(credit.masaKerja()).isEqualTo(new MasaKerja(8, 0));
      assertThat(credit.swastaDibatasi()).isTrue();
    }

    @Test
    void eightYearsOfPrivateEmploymentGiveFour() {
      assertThat(credit(p(SWASTA_BERBADAN_HUKUM, "2012-01-01", "2019-12-31"))).isEqualTo(new MasaKerja(4, 0));
    }

    @Test
    void theCapDoesNotLimitServiceCountedInFull() {
      // 20 years private: 8 (capped) + 3 years BUMN in full = 11 years
      assertThat(credit(p(SWASTA_BERBADAN_HUKUM, "1998-01-01", "2017-12-31"), p(BUMN_BUMD, "2018-01-01", "2020-12-31")))
          .isEqualTo(new MasaKerja(11, 0));
    }

    @Test
    void halfOfYearsMonthsAndDays() {
      // 1 Jan 2015 .. 10 Jun 2018 = 3 years 5 months 10 days = 1240 days; half 620 = 20 months 20 days; 20 > 15
      assertThat(credit(p(SWASTA_BERBADAN_HUKUM, "2015-01-01", "2018-06-10"))).isEqualTo(new MasaKerja(1, 9));
    }

    @Test
    void theHalvedLeftoverRoundsAtFifteenAndSixteenToo() {
      // 1 Jan 2019 .. 1 Feb 2020 = 1 year 1 month 1 day = 391 days; half 195 = 6 months 15 days: dropped
      assertThat(credit(p(SWASTA_BERBADAN_HUKUM, "2019-01-01", "2020-02-01"))).isEqualTo(new MasaKerja(0, 6));
      // 1 Jan 2019 .. 2 Feb 2020 = 1 year 1 month 2 days = 392 days; half 196 = 6 months 16 days: up
      assertThat(credit(p(SWASTA_BERBADAN_HUKUM, "2019-01-01", "2020-02-02"))).isEqualTo(new MasaKerja(0, 7));
    }
  }

  @Test
  void fullAndHalfCreditTogetherRoundOnceAtTheEnd() {
    // BUMN 1 Jan 2010 .. 10 Apr 2012 = 2 y 3 m 10 d = 820 days
    // private 1 Jan 2013 .. 20 May 2018 = 5 y 4 m 20 d = 1940 days, half 970
    // 820 + 970 = 1790 = 59 months 20 days; 20 > 15 -> 60 months
    PriorService.Credit credit = PriorService.credit(List.of(p(BUMN_BUMD, "2010-01-01", "2012-04-10"),
        p(SWASTA_BERBADAN_HUKUM, "2013-01-01", "2018-05-20")), RULE);
    assertThat(credit.hariPenuh()).isEqualTo(820);
    assertThat(credit.hariSwasta()).isEqualTo(1940);
    assertThat(credit.hariSwastaDihitung()).isEqualTo(970);
    assertThat(credit.masaKerja()).isEqualTo(new MasaKerja(5, 0));
  }

  @Nested
  class Refusals {
    @Test
    void overlappingPeriodsWouldCountTheSameTimeTwice() {
      assertThatThrownBy(() -> credit(p(BUMN_BUMD, "2015-01-01", "2017-12-31"),
          p(SWASTA_BERBADAN_HUKUM, "2017-12-31", "2019-12-31")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tumpang tindih")
          .hasMessageContaining("2017-12-31");
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
      assertThatThrownBy(() -> p(BUMN_BUMD, "2020-02-01", "2020-01-31"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sebelum tanggal mulai");
    }
  }
}
