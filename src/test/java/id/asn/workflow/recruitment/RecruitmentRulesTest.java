package id.asn.workflow.recruitment;

import id.asn.workflow.support.ShippedApplicantAge;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.ApplicantAge;
import id.asn.workflow.calendar.WorkingDayCalendar;
import id.asn.workflow.support.ShippedTimeLimits;
import id.asn.workflow.calendar.YearDays;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pure rules of CPNS recruitment with hand-computed tables. */
class RecruitmentRulesTest {

  private static final ApplicantAge AGE = ShippedApplicantAge.LIMITS;

  private static final Formasi ANALIS = new Formasi("F1", "Analis Kebijakan", "Bappeda", EnumSet.of(Pendidikan.S1,
      Pendidikan.D4), 2, ShippedApplicantAge.LIMITS.pnsMax());
  private static final Formasi DOKTER = new Formasi("F2", "Dokter Ahli Pertama", "Dinkes", EnumSet.of(Pendidikan.DOKTER),
      1, ShippedApplicantAge.LIMITS.pnsMaxNamedPositions());

  private static Pelamar born(String date, Pendidikan pendidikan, String formasi) {
    return new Pelamar("P1", "3325011705980001", "Siti", LocalDate.parse(date), "P", pendidikan, formasi, Kategori.UMUM,
        null);
  }

  @Nested
  class Eligible {

    @ParameterizedTest(name = "born {0}, applying {1}, limit {2} -> {3}")
    @CsvSource({
        // birth date, application day, upper limit, passes, age on that day
        "2006-09-01, 2024-09-01, 35, true, 18",   // 18th birthday on the day
        "2006-09-02, 2024-09-01, 35, false, 17",  // one day short of 18
        "1988-09-02, 2024-09-01, 35, true, 35",   // 35 years 11 months 30 days: still 35
        "1988-09-01, 2024-09-01, 35, false, 36",  // 36th birthday on the day
        "1983-09-02, 2024-09-01, 40, true, 40",   // exception position: still 40
        "1983-09-01, 2024-09-01, 40, false, 41",
        "1988-09-01, 2024-09-01, 40, true, 36",   // 36 is fine where the limit is 40
        // born on 29 February: a year is completed on 1 March in a year without that day
        "2004-02-29, 2022-02-28, 35, false, 17",
        "2004-02-29, 2022-03-01, 35, true, 18",
        "1988-02-29, 2024-02-28, 35, true, 35",
        "1988-02-29, 2024-02-29, 35, false, 36",
        "1989-02-28, 2025-02-28, 35, false, 36",
        "1990-02-28, 2025-02-28, 35, true, 35"})
    void ageInCompletedYearsAtApplication(String born, String applying, int limit, boolean passes, int age) {
      Formasi formasi = new Formasi("F", "J", "U", EnumSet.of(Pendidikan.S1), 1, limit);
      LocalDate day = LocalDate.parse(applying);
      assertThat(ApplicantAge.on(LocalDate.parse(born), day)).isEqualTo(age);
      Eligibility.Decision decision = Eligibility.check(born(born, Pendidikan.S1, "F"), formasi, day, AGE);
      assertThat(decision.memenuhiSyarat()).isEqualTo(passes);
      if (!passes) {
        assertThat(decision.alasanText()).contains("usia " + age + " tahun");
      }
    }

    @Test
    void bornOnALeapDayTurns18OnTheFirstOfMarchInACommonYear() {
      assertThat(ApplicantAge.on(LocalDate.of(2004, 2, 29), LocalDate.of(2022, 2, 28))).isEqualTo(17);
      assertThat(ApplicantAge.on(LocalDate.of(2004, 2, 29), LocalDate.of(2022, 3, 1))).isEqualTo(18);
    }

    @Test
    void educationMustBeOneTheFormasiAccepts() {
      LocalDate day = LocalDate.of(2024, 9, 1);
      assertThat(Eligibility.check(born("1998-05-17", Pendidikan.D4, "F1"), ANALIS, day, AGE).memenuhiSyarat()).isTrue();
      Eligibility.Decision d3 = Eligibility.check(born("1998-05-17", Pendidikan.D3, "F1"), ANALIS, day, AGE);
      assertThat(d3.memenuhiSyarat()).isFalse();
      assertThat(d3.alasanText()).isEqualTo("pendidikan D3 tidak sesuai kualifikasi formasi (D4;S1)");
    }

    @Test
    void everyReasonIsGiven() {
      Eligibility.Decision both = Eligibility.check(born("1980-01-01", Pendidikan.S1, "F2"), DOKTER,
          LocalDate.of(2024, 9, 1), AGE);
      assertThat(both.alasan()).containsExactly("usia 44 tahun pada 2024-09-01, lebih dari 40 tahun",
          "pendidikan S1 tidak sesuai kualifikasi formasi (DOKTER)");
      assertThat(Eligibility.check(born("1998-05-17", Pendidikan.S1, "X"), null, LocalDate.of(2024, 9, 1), AGE).alasanText())
          .isEqualTo("formasi X tidak ada pada periode ini");
    }
  }

  @Nested
  class Thresholds {

    @Test
    void eachMissedMinimumIsAReason() {
      SkdThreshold umum = new SkdThreshold(65, 80, 166, null);
      assertThat(umum.shortfalls(65, 80, 166)).isEmpty();
      assertThat(umum.shortfalls(64, 79, 166)).containsExactly("TWK 64 < 65", "TIU 79 < 80");
      SkdThreshold cumlaude = new SkdThreshold(null, 85, null, 311);
      assertThat(cumlaude.shortfalls(50, 85, 176)).isEmpty();
      assertThat(cumlaude.shortfalls(50, 84, 176)).containsExactly("TIU 84 < 85", "total 310 < 311");
    }
  }

  @Nested
  class Schedule {

    /** 2024 without holidays except 17 August (a Saturday) and 16 September (Maulid Nabi, a Monday). */
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(year -> YearDays.decreed(Set.of(
        LocalDate.of(2024, 8, 17), LocalDate.of(2024, 9, 16))));
    /** The shipped processes/tenggat.dmn: 15, 10 and 14 days, 7 days' notice, 30 days for the final result. */
    private final RecruitmentTimeLimits limits = RecruitmentTimeLimits.from(ShippedTimeLimits.INSTANCE);

    private Jadwal jadwal(String mulai, String selesai, String pelamaran, String administrasi, String skd, String skb) {
      return new Jadwal(LocalDate.parse(mulai), LocalDate.parse(selesai), LocalDate.parse(pelamaran),
          LocalDate.parse(administrasi), LocalDate.parse(skd), LocalDate.parse(skb));
    }

    @Test
    void aScheduleThatKeepsEveryDeadlinePasses() {
      // 19 Aug .. 2 Sep = 15 days; 2 Sep (Mon) + 10 working days = 16 Sep is a holiday, so 17 Sep;
      // 17 Sep + 14 working days = 7 Oct
      assertThat(jadwal("2024-08-19", "2024-09-02", "2024-09-02", "2024-09-17", "2024-10-07", "2024-10-21")
          .problems(calendar, LocalDate.of(2024, 8, 19), limits)).isEmpty();
    }

    @Test
    void eachBrokenDeadlineNamesItsFieldAndTheEarliestDate() {
      List<Jadwal.Problem> problems = jadwal("2024-08-19", "2024-09-01", "2024-08-30", "2024-09-12", "2024-10-01",
          "2024-10-01").problems(calendar, LocalDate.of(2024, 8, 20), limits);
      assertThat(problems).extracting(Jadwal.Problem::field).containsExactly("pengumumanMulai", "pengumumanSelesai",
          "batasPelamaran", "seleksiAdministrasi", "tanggalSkd", "tanggalSkb");
      assertThat(problems.get(1).reason()).contains("jadwal ini 14 hari", "paling cepat selesai 2024-09-02");
      // Fri 30 Aug: 2-6 and 9-12 Sep are 9 working days; the 10th is 13 Sep
      assertThat(problems.get(3).reason()).contains("baru 9 hari kerja", "paling cepat 2024-09-13");
      // after Thu 12 Sep: 13, 17-20, 23-27, 30 Sep, 1 Oct are 12 working days (16 Sep is a holiday); the 14th is 3 Oct
      assertThat(problems.get(4).reason()).contains("baru 12 hari kerja", "paling cepat 2024-10-03");
    }

    @Test
    void theDataToTheNationalCommitteeIsDue14WorkingDaysBeforeSkd() {
      // SKD Monday 7 Oct 2024: 14 working days back is Tuesday 17 Sep (16 Sep is a holiday)
      assertThat(limits.latestDataToNationalCommittee(calendar, LocalDate.of(2024, 10, 7)).tanggal()).isEqualTo("2024-09-17");
      assertThat(limits.latestExamAnnouncement(LocalDate.of(2024, 10, 7))).isEqualTo("2024-09-30");
      assertThat(limits.finalResultDue(LocalDate.of(2024, 12, 20))).isEqualTo("2025-01-19");
    }
  }
}
