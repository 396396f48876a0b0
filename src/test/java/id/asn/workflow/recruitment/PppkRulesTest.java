package id.asn.workflow.recruitment;

import id.asn.workflow.support.ShippedApplicantAge;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.ApplicantAge;
import id.asn.workflow.tabular.ImportResult;
import id.asn.workflow.workforce.Jenjang;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import id.asn.workflow.support.ShippedScoreScales;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PPPK rules of Lampiran II IV.B and V.C–D, with values computed by hand. */
class PppkRulesTest {

  private static final ApplicantAge AGE = ShippedApplicantAge.LIMITS;

  /** Guru Ahli Pertama: retirement age 58 (JF ahli pertama), no certificate required. */
  private static final Formasi GURU = new Formasi("G1", "Guru Ahli Pertama", "Disdik", EnumSet.of(Pendidikan.S1), 2,
      35, Jenjang.AHLI_PERTAMA, 58, false, 300);
  /** Dokter Ahli Madya: retirement age 60, certificate required. */
  private static final Formasi DOKTER = new Formasi("D1", "Dokter Ahli Madya", "RSUD", EnumSet.of(Pendidikan.DOKTER), 1,
      35, Jenjang.AHLI_MADYA, 60, true, null);

  private static Pelamar born(String date, Formasi formasi, boolean sertifikat, Pemberhentian pemberhentian) {
    return new Pelamar("P1", "3325011705980001", "Siti", LocalDate.parse(date), "P",
        formasi == DOKTER ? Pendidikan.DOKTER : Pendidikan.S1, formasi.kode(), Kategori.UMUM, null, sertifikat,
        pemberhentian);
  }

  private static Eligibility.Decision check(String born, Formasi formasi, String applied) {
    return Eligibility.check(JenisSeleksi.PPPK, born(born, formasi, true, null), formasi, LocalDate.parse(applied), AGE);
  }

  @Nested
  class Age {

    @ParameterizedTest(name = "born {0}, applies {1} for BUP 58: {2}")
    @CsvSource({
        // the last day is the 57th birthday (1 year before the retirement age of 58)
        "1966-10-01, 2023-10-01, true",
        "1966-10-01, 2023-10-02, false",
        "1966-09-30, 2023-10-01, false",
        // born on 29 February: turns 57 on 1 March 2025 (no 29 February), so 1 March is still the last day
        "1968-02-29, 2025-02-28, true",
        "1968-02-29, 2025-03-01, true",
        "1968-02-29, 2025-03-02, false",
        // born 28 February 1967: the last day is 28 February 2024; the leap day after it is already too late
        "1967-02-28, 2024-02-28, true",
        "1967-02-28, 2024-02-29, false",
        // at least 20 completed years
        "2003-10-01, 2023-10-01, true",
        "2003-10-02, 2023-10-01, false",
        // born 29 February 2004: 20 on 29 February 2024 (a leap year), not on the 28th
        "2004-02-29, 2024-02-28, false",
        "2004-02-29, 2024-02-29, true",
        // born 1 March 2003: 20 on 1 March 2023, not on 28 February
        "2003-03-01, 2023-02-28, false",
        "2003-03-01, 2023-03-01, true"})
    void fromTwentyToOneYearBeforeTheRetirementAge(String born, String applied, boolean eligible) {
      assertThat(check(born, GURU, applied).memenuhiSyarat()).isEqualTo(eligible);
    }

    @Test
    void theRetirementAgeIsThePositionsSoAnAhliMadyaMayBeTwoYearsOlder() {
      // BUP 60: the last day is the 59th birthday
      assertThat(check("1964-10-01", DOKTER, "2023-10-01").memenuhiSyarat()).isTrue();
      assertThat(check("1964-09-30", DOKTER, "2023-10-01").alasan()).containsExactly("pada 2023-10-01 lebih dari 59 "
          + "tahun (1 tahun sebelum batas usia pensiun jabatan 60 tahun); paling lambat melamar 2023-09-30");
      assertThat(check("1966-09-30", GURU, "2023-10-01").alasan()).containsExactly("pada 2023-10-01 lebih dari 57 "
          + "tahun (1 tahun sebelum batas usia pensiun jabatan 58 tahun); paling lambat melamar 2023-09-30");
      assertThat(check("2003-10-02", GURU, "2023-10-01").alasan())
          .containsExactly("usia 19 tahun pada 2023-10-01, kurang dari 20 tahun");
    }

    @Test
    void theLastDayToApplyIsTheBirthdayOneYearBeforeRetirement() {
      assertThat(AGE.pppkLastDayToApply(LocalDate.parse("1968-02-29"), 58)).isEqualTo("2025-03-01");
      assertThat(AGE.pppkLastDayToApply(LocalDate.parse("1967-02-28"), 58)).isEqualTo("2024-02-28");
      assertThat(AGE.pppkLastDayToApply(LocalDate.parse("1971-02-28"), 60)).isEqualTo("2030-02-28");
    }
  }

  @Nested
  class CertificateAndDismissal {

    @Test
    void aPositionThatRequiresACertificateRefusesAnApplicantWithoutOne() {
      Pelamar without = born("1990-01-01", DOKTER, false, null);
      assertThat(PppkEligibility.check(without, DOKTER, LocalDate.parse("2023-10-01"), AGE).alasan())
          .containsExactly("jabatan mensyaratkan sertifikat profesi yang masih berlaku");
      assertThat(PppkEligibility.check(born("1990-01-01", GURU, false, null), GURU, LocalDate.parse("2023-10-01"), AGE)
          .memenuhiSyarat()).isTrue();
    }

    @ParameterizedTest(name = "{0}: eligible {1}")
    @CsvSource({
        "PPPK_TIDAK_MEMENUHI_TARGET_KINERJA, true",
        "PPPK_PELANGGARAN_DISIPLIN, true",
        "HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI, false",
        "TIDAK_DENGAN_HORMAT, false"})
    void aFormerPppkDismissedForPerformanceOrDisciplineMayApplyAnyOtherDismissalMayNot(Pemberhentian kind,
        boolean eligible) {
      Eligibility.Decision d = PppkEligibility.check(born("1990-01-01", GURU, false, kind), GURU,
          LocalDate.parse("2023-10-01"), AGE);
      assertThat(d.memenuhiSyarat()).isEqualTo(eligible);
      if (!eligible) {
        assertThat(d.alasan()).containsExactly(kind.uraian());
      }
    }

    @Test
    void everyReasonIsGivenAtOnce() {
      Pelamar p = new Pelamar("P1", "3325011705980001", "Siti", LocalDate.parse("2004-01-01"), "P", Pendidikan.S1, "D1",
          Kategori.UMUM, null, false, Pemberhentian.TIDAK_DENGAN_HORMAT);
      assertThat(PppkEligibility.check(p, DOKTER, LocalDate.parse("2023-10-01"), AGE).alasan()).containsExactly(
          "usia 19 tahun pada 2023-10-01, kurang dari 20 tahun",
          "pendidikan S1 tidak sesuai kualifikasi formasi (DOKTER)",
          "jabatan mensyaratkan sertifikat profesi yang masih berlaku",
          "pernah diberhentikan tidak dengan hormat");
    }
  }

  @Nested
  class Thresholds {

    @Test
    void theShortfallsNameEachMinimumNotMet() {
      PppkThreshold t2023 = new PppkThreshold(300, 117, 24);
      assertThat(t2023.shortfalls(300, 117, 24)).isEmpty();
      assertThat(t2023.shortfalls(299, 116, 23)).containsExactly("teknis 299 < 300",
          "manajerial dan sosial kultural 116 < 117", "wawancara 23 < 24");
      assertThat(new PppkThreshold(null, null, null).shortfalls(0, 0, 0)).isEmpty();
    }
  }

  @Nested
  class KompetensiImport {

    private final Set<String> registered = Set.of("A", "B", "C");
    /** The shipped processes/nilai-seleksi.dmn: technical 450, managerial + socio-cultural 180, interview 40. */
    private static final ScoreScale SCALE_2024 = ShippedScoreScales.INSTANCE.of(2024);

    @Test
    void scoresAreWholeNumbersWithinTheirMaximaOfRegisteredApplicantsOnce() {
      ImportResult<KompetensiScore> result = SeleksiCsv.kompetensi("""
          nomorPeserta,teknis,manajerialSosialKultural,wawancara
          A,450,180,40
          B,451,181,41
          X,1.5,-1,
          A,0,0,0
          """, registered::contains, SCALE_2024);
      assertThat(result.valid()).isFalse();
      assertThat(result.rows()).isEmpty();
      assertThat(result.problems()).extracting(p -> p.baris() + " " + p.kolom() + ": " + p.alasan()).containsExactly(
          "3 teknis: harus antara 0 dan 450, bukan 451",
          "3 manajerialSosialKultural: harus antara 0 dan 180, bukan 181",
          "3 wawancara: harus antara 0 dan 40, bukan 41",
          "4 nomorPeserta: peserta X tidak terdaftar sebagai pelamar periode ini",
          "4 teknis: '1.5' bukan bilangan bulat",
          "4 manajerialSosialKultural: harus antara 0 dan 180, bukan -1",
          "4 wawancara: wajib diisi",
          "5 nomorPeserta: A sudah ada di baris 2");
    }

    @Test
    void aFileWithoutTheContractsColumnsIsRefusedAtTheHeader() {
      ImportResult<KompetensiScore> result = SeleksiCsv.kompetensi("nomorPeserta,teknis,manajerial,sosialKultural\n"
          + "A,1,2,3\n", registered::contains, SCALE_2024);
      assertThat(result.valid()).isFalse();
      assertThat(result.problems().get(0).baris()).isEqualTo(1);
    }

    @Test
    void aValidFileGivesEveryRow() {
      ImportResult<KompetensiScore> result = SeleksiCsv.kompetensi("""
          nomorPeserta,teknis,manajerialSosialKultural,wawancara
          A,350,130,30
          B,0,0,0
          """, registered::contains, SCALE_2024);
      assertThat(result.rows()).containsExactly(new KompetensiScore("A", 350, 130, 30), new KompetensiScore("B", 0, 0, 0));
    }
  }
}
