package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.kernel.ApplicantAge;
import id.asn.workflow.support.ShippedApplicantAge;
import id.asn.workflow.support.ShippedPositionEducation;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pertek.SelectionRecords;
import id.asn.workflow.pertek.SelectionRecords.Facts;
import id.asn.workflow.pertek.SelectionRecords.Formasi;
import id.asn.workflow.pertek.SelectionRecords.Hasil;
import id.asn.workflow.pertek.SelectionReference;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The pre-check's age rule on the day of application and its match of the usul against the selection. */
class PreCheckTest {

  private static final ApplicantAge AGE = ShippedApplicantAge.LIMITS;

  private static final Formasi PNS_FORMASI = new Formasi("F1", "Analis Kebijakan Ahli Pertama", Set.of("S1", "D4"), 35,
      null);
  private static final SelectionReference REF = new SelectionReference("KabBatang-2025", "F1", new BigDecimal("412.5000"),
      2);

  private static UsulNi usul(JenisAsn jenis, LocalDate born, String jabatan, String pendidikan) {
    return new UsulNi("u1", "KabBatang", jenis, "24110320110001", "3325015705980001", "Sari", "Batang", born, "P",
        pendidikan, jabatan, "Bappeda", LocalDate.of(2026, 1, 1), "ISLAM", UsulStatus.VERIFIKASI, null, null,
        Instant.parse("2025-11-03T03:00:00Z"), Instant.parse("2025-11-03T03:00:00Z"));
  }

  private static UsulNi pns(LocalDate born) {
    return usul(JenisAsn.PNS, born, "Analis Kebijakan Ahli Pertama", "S1");
  }

  @Nested
  class AgeOnTheDayOfApplication {

    @Test
    void aPnsApplicantOf35On30SeptemberPassesThoughTheyAre36AtTmt() {
      // born 1 October 1989: 35 on 30 September 2025 (applied), 36 on 1 January 2026 (TMT)
      Finding age = PreCheck.age(pns(LocalDate.of(1989, 10, 1)), LocalDate.of(2025, 9, 30), PNS_FORMASI, AGE);
      assertThat(age.sesuai()).as(age.keterangan()).isTrue();
      assertThat(age.keterangan()).startsWith("Usia pada hari melamar 2025-09-30: 35 tahun");
    }

    @Test
    void aPnsApplicantOf36IsFlaggedUnlessTheFormasiAllows40() {
      Finding age = PreCheck.age(pns(LocalDate.of(1989, 9, 30)), LocalDate.of(2025, 9, 30), PNS_FORMASI, AGE);
      assertThat(age.sesuai()).isFalse();
      assertThat(age.keterangan()).contains("usia 36 tahun pada 2025-09-30, lebih dari 35 tahun");
      Formasi named = new Formasi("F2", "Dosen Asisten Ahli", Set.of("S2"), 40, null);
      assertThat(PreCheck.age(pns(LocalDate.of(1989, 9, 30)), LocalDate.of(2025, 9, 30), named, AGE).sesuai()).isTrue();
    }

    @Test
    void aPppkCeilingIsThePositionsBupLessOneNotAFixed57() {
      UsulNi born1966 = usul(JenisAsn.PPPK, LocalDate.of(1966, 5, 10), "Guru Ahli Pertama", "S1");
      Formasi bup60 = new Formasi("G1", "Guru Ahli Pertama", Set.of("S1"), 59, 60);
      // 59 on 10 May 2025: the last day to apply for BUP 60; aged 59 is more than the old fixed 57
      Finding onTheLastDay = PreCheck.age(born1966, LocalDate.of(2025, 5, 10), bup60, AGE);
      assertThat(onTheLastDay.sesuai()).as(onTheLastDay.keterangan()).isTrue();
      assertThat(onTheLastDay.keterangan()).contains("paling lambat melamar 2025-05-10 (BUP 60 − 1)");
      Finding dayAfter = PreCheck.age(born1966, LocalDate.of(2025, 5, 11), bup60, AGE);
      assertThat(dayAfter.sesuai()).isFalse();
      assertThat(dayAfter.keterangan()).contains("lebih dari 59 tahun");
      Formasi bup58 = new Formasi("G2", "Pranata Komputer Terampil", Set.of("D3"), 57, 58);
      assertThat(PreCheck.age(born1966, LocalDate.of(2025, 5, 10), bup58, AGE).sesuai()).isFalse();
    }

    @Test
    void withoutAnApplicationDayTheVerifierIsToldToCheck() {
      Finding age = PreCheck.age(pns(LocalDate.of(1990, 1, 1)), null, null, AGE);
      assertThat(age.sesuai()).isFalse();
      assertThat(age.keterangan()).startsWith("Tanggal melamar tidak tercatat")
          .contains("usia pada tanggal usul dikirim (2025-11-03) 35 tahun");
    }
  }

  @Nested
  class AgainstTheSelection {

    private List<Finding> check(UsulNi usul, SelectionReference ref, Facts facts) {
      return SelectionCheck.check(usul, new SelectionCheck.Selection(ref, facts));
    }

    private Facts facts(Formasi formasi, Hasil hasil, boolean pengganti) {
      return new Facts(formasi, hasil, LocalDate.of(2025, 9, 30), pengganti);
    }

    @Test
    void aUsulThatMatchesIsSaidToMatchWithRankAndScore() {
      List<Finding> findings = check(pns(LocalDate.of(1998, 5, 17)), REF,
          facts(PNS_FORMASI, new Hasil("F1", true, 2, new BigDecimal("412.5")), false));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.sesuai()).isTrue();
        assertThat(f.keterangan()).contains("formasi F1 (Analis Kebijakan Ahli Pertama), peringkat 2, nilai akhir 412.5");
      });
    }

    @Test
    void noReferenceAnUnknownPeriodAndAMissingFormasiAreEachFlagged() {
      UsulNi usul = pns(LocalDate.of(1998, 5, 17));
      assertThat(check(usul, null, null)).singleElement()
          .satisfies(f -> assertThat(f.keterangan()).startsWith("Usul tidak memuat rujukan seleksi"));
      assertThat(check(usul, REF, null)).singleElement()
          .satisfies(f -> assertThat(f.keterangan()).startsWith("Periode seleksi KabBatang-2025 tidak tercatat"));
      assertThat(check(usul, REF, facts(null, null, false))).singleElement()
          .satisfies(f -> assertThat(f.keterangan()).isEqualTo("Formasi F1 tidak ada pada periode KabBatang-2025."));
    }

    @Test
    void anotherPositionOrEducationAFailedCandidateAndAnotherRankOrScoreAreFlagged() {
      UsulNi usul = usul(JenisAsn.PNS, LocalDate.of(1998, 5, 17), "Analis Keuangan Ahli Pertama", "D3");
      List<Finding> findings = check(usul, REF, facts(PNS_FORMASI, new Hasil("F1", false, 5, new BigDecimal("380")),
          false));
      assertThat(findings).allMatch(f -> !f.sesuai()).extracting(Finding::keterangan).containsExactly(
          "Jabatan usul \"Analis Keuangan Ahli Pertama\" tidak sama dengan jabatan formasi F1 \"Analis Kebijakan Ahli Pertama\".",
          "Peserta tidak dinyatakan lulus dan tidak dipanggil sebagai pengganti (peringkat 5).",
          "Peringkat pada usul 2, pada hasil akhir 5.",
          "Nilai akhir pada usul 412.5, pada hasil akhir 380.");
    }

    @Test
    void aReplacementNotAmongThoseWhoPassedIsNotFlaggedForIt() {
      SelectionReference ref = new SelectionReference("KabBatang-2025", "F1", null, 4);
      List<Finding> findings = check(pns(LocalDate.of(1998, 5, 17)), ref,
          facts(PNS_FORMASI, new Hasil("F1", false, 4, null), true));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.sesuai()).isTrue();
        assertThat(f.keterangan()).endsWith("dipanggil sebagai pengganti.");
      });
    }

    @Test
    void aCandidateWithoutAFinalResultIsFlagged() {
      assertThat(check(pns(LocalDate.of(1998, 5, 17)), REF, facts(PNS_FORMASI, null, false))).singleElement()
          .satisfies(f -> assertThat(f.keterangan()).isEqualTo("Peserta tidak ada dalam hasil akhir periode KabBatang-2025."));
    }
  }

  @Nested
  class EducationAgainstThePosition {

    @Test
    void theFormasiTheCandidateWasSelectedForDecidesWhenTheRecordGivesIt() {
      assertThat(PreCheck.education("Analis Kebijakan Ahli Pertama", "D3", PNS_FORMASI,
          ShippedPositionEducation.INSTANCE)).satisfies(f -> {
            assertThat(f.sesuai()).isFalse();
            assertThat(f.keterangan()).isEqualTo("Pendidikan D3 tidak termasuk kualifikasi formasi F1 (D4;S1).");
          });
      assertThat(PreCheck.education("Analis Kebijakan Ahli Pertama", "S1", PNS_FORMASI,
          ShippedPositionEducation.INSTANCE).sesuai()).isTrue();
    }

    @Test
    void withoutAFormasiTheFunctionalGroupsLowestEducationFromTheTableDecides() {
      Finding doctor = PreCheck.education("Dokter Ahli Pertama", "S1", null, ShippedPositionEducation.INSTANCE);
      assertThat(doctor.sesuai()).isFalse();
      assertThat(doctor.keterangan()).isEqualTo("Pendidikan S1 tidak memenuhi jabatan dokter (ijazah dokter).");
      assertThat(PreCheck.education("Pranata Komputer Ahli Pertama", "D3", null, ShippedPositionEducation.INSTANCE)
          .sesuai()).isFalse();
      assertThat(PreCheck.education("Perawat Terampil", "D3", null, ShippedPositionEducation.INSTANCE).sesuai())
          .isTrue();
      assertThat(PreCheck.education("Apoteker Ahli Pertama", "APOTEKER", null, ShippedPositionEducation.INSTANCE)
          .sesuai()).isTrue();
    }

    @Test
    void aPositionOutsideTheTableIsLeftToTheVerifier() {
      Finding finding = PreCheck.education("Pengadministrasi Perkantoran", "SLTA", null,
          ShippedPositionEducation.INSTANCE);
      assertThat(finding.sesuai()).isTrue();
      assertThat(finding.keterangan()).contains("tidak dapat dinilai otomatis");
    }
  }

  @Test
  void theWholeCheckCarriesTheSelectionFindings() {
    List<Finding> findings = PreCheck.check(pns(LocalDate.of(1998, 5, 17)), List.of(DocumentType.values()),
        SelectionCheck.Selection.NONE, AGE, ShippedPositionEducation.INSTANCE);
    assertThat(findings).extracting(Finding::aspek).contains("Usia", SelectionCheck.TITLE);
  }
}
