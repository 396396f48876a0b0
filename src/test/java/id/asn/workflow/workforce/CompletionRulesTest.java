package id.asn.workflow.workforce;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the tasks complete with, checked as the server receives it whatever client sent it. */
class CompletionRulesTest {

  static CompletionValues values(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new CompletionValues(map);
  }

  static NeedsProposal.Item shortItem(String kode, int kurang) {
    return new NeedsProposal.Item(kode, "Jabatan " + kode, "U", "Unit", Jenjang.PELAKSANA, 5, 58, kurang, 0,
        List.of(0, 0, 0, 0, 0), List.of(0, 0, 0, 0, 0), 0, -kurang, kurang, 0, NeedsDifference.Keadaan.KURANG, List.of(),
        List.of(), null);
  }

  @Nested
  class Priorities {

    private final List<NeedsProposal.Item> shortfall = List.of(shortItem("ADM", 2), shortItem("ANALIS", 1));

    @Test
    void theCodeStartsEachLineAndTheRestIsIgnored() {
      assertThat(PriorityOrder.parse("urutanPrioritas", "ANALIS Analis (kurang 1)\n\n  ADM\n", shortfall))
          .containsExactly("ANALIS", "ADM");
      assertThat(PriorityOrder.text(shortfall)).isEqualTo("ADM Jabatan ADM (kurang 2)\nANALIS Jabatan ANALIS (kurang 1)");
    }

    @Test
    void everyShortPositionOnceAndNothingElse() {
      assertThatThrownBy(() -> PriorityOrder.parse("urutanPrioritas", "ADM", shortfall))
          .isInstanceOf(InvalidCompletionException.class).hasMessageContaining("ANALIS");
      assertThatThrownBy(() -> PriorityOrder.parse("urutanPrioritas", "ADM\nADM\nANALIS", shortfall))
          .hasMessageContaining("lebih dari sekali");
      assertThatThrownBy(() -> PriorityOrder.parse("urutanPrioritas", "ADM\nKEPALA\nANALIS", shortfall))
          .hasMessageContaining("KEPALA");
      assertThat(PriorityOrder.parse("urutanPrioritas", null, List.of())).isEmpty();
    }
  }

  @Nested
  class Attachments_ {

    @Test
    void aRegencyGivesGeographyPopulationAreaPotentialAndSpending() {
      Attachments a = Attachments.of(JenisInstansi.KABUPATEN_KOTA, values("kondisiGeografis", "Pesisir utara dan pegunungan",
          "potensiDaerah", "Kawasan industri terpadu", "jumlahPenduduk", 826_000, "luasWilayah", 788.65,
          "belanjaPegawai", "650000000000", "belanjaTotal", 2_000_000_000_000L));
      assertThat(a.jumlahPenduduk()).isEqualTo(826_000L);
      assertThat(a.luasWilayah()).isEqualByComparingTo("788.65");
      assertThat(a.karakteristikInstansi()).isNull();
      assertThat(a.rasioBelanjaPegawaiPersen()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("32.50"));
    }

    @Test
    void aProvinceAlsoGivesTheRegenciesItCoordinatesAndACentralInstansiItsCharacteristics() {
      assertThatThrownBy(() -> Attachments.of(JenisInstansi.PROVINSI, values("kondisiGeografis", "x", "potensiDaerah", "y",
          "jumlahPenduduk", 1, "luasWilayah", 1, "belanjaPegawai", 1, "belanjaTotal", 2)))
          .isInstanceOf(InvalidCompletionException.class).hasMessageContaining("jumlahKabupatenKota");
      Attachments pusat = Attachments.of(JenisInstansi.PUSAT, values("karakteristikInstansi", "Urusan kepegawaian",
          "belanjaPegawai", 10, "belanjaTotal", 40));
      assertThat(pusat.kondisiGeografis()).isNull();
      assertThat(pusat.rasioBelanjaPegawaiPersen()).hasValue(new BigDecimal("25.00"));
    }

    @Test
    void personnelSpendingCannotExceedTheWholeBudget() {
      assertThatThrownBy(() -> Attachments.of(JenisInstansi.PUSAT, values("karakteristikInstansi", "x", "belanjaPegawai", 50,
          "belanjaTotal", 40))).hasMessageContaining("belanjaPegawai");
      assertThatThrownBy(() -> Attachments.of(JenisInstansi.PUSAT, values("karakteristikInstansi", "x", "belanjaPegawai",
          "banyak", "belanjaTotal", 40))).hasMessageContaining("bukan bilangan");
    }
  }

  @Nested
  class Letter {

    @Test
    void theCoveringLetterIsDatedNoLaterThanTodayWithTheStrategicPlanAttached() {
      CompletionValues ok = values("nomorSuratPengantar", "800/123/2026", "tanggalSuratPengantar", "2026-03-20",
          "disahkanOleh", "Bupati Batang", "renstraDilampirkan", true);
      assertThat(SubmissionLetter.of(ok, LocalDate.of(2026, 3, 20)).tanggalSurat()).isEqualTo(LocalDate.of(2026, 3, 20));
      assertThatThrownBy(() -> SubmissionLetter.of(ok, LocalDate.of(2026, 3, 19))).hasMessageContaining("tanggalSuratPengantar");
      assertThatThrownBy(() -> SubmissionLetter.of(values("nomorSuratPengantar", "800/123/2026", "tanggalSuratPengantar",
          "2026-03-20", "disahkanOleh", "Bupati Batang", "renstraDilampirkan", "false"), LocalDate.of(2026, 3, 20)))
          .hasMessageContaining("renstraDilampirkan");
      assertThatThrownBy(() -> SubmissionLetter.of(values("nomorSuratPengantar", "x", "tanggalSuratPengantar", "20-03-2026",
          "disahkanOleh", "y", "renstraDilampirkan", true), LocalDate.of(2026, 3, 20))).hasMessageContaining("bukan tanggal");
    }
  }

  @Nested
  class Analysis {

    private final Set<String> codes = Set.of("ADM", "ANALIS");

    @Test
    void sendingBackNeedsAReason() {
      assertThatThrownBy(() -> AnalysisDecision.of(values("hasilAnalisis", "KEMBALIKAN"), codes))
          .hasMessageContaining("alasanAnalisis");
      assertThat(AnalysisDecision.of(values("hasilAnalisis", "KEMBALIKAN", "alasanAnalisis", "ABK ADM tidak wajar"), codes)
          .alasan()).isEqualTo("ABK ADM tidak wajar");
      assertThatThrownBy(() -> AnalysisDecision.of(values(), codes)).hasMessageContaining("hasilAnalisis");
      assertThatThrownBy(() -> AnalysisDecision.of(values("hasilAnalisis", "SETUJU"), codes))
          .hasMessageContaining("LANJUT atau KEMBALIKAN");
    }

    @Test
    void goingOnNeedsEveryStepTheNumbersAndTheReport() {
      CompletionValues steps = values("hasilAnalisis", "LANJUT", "inventarisasiData", true, "klasifikasiData", true,
          "pengolahanData", true, "verifikasiValidasi", true, "penetapanKebutuhan", "ADM=2\nANALIS = 1 orang",
          "laporanAnalisis", "Kebutuhan wajar");
      AnalysisDecision decision = AnalysisDecision.of(steps, codes);
      assertThat(decision.penetapan()).containsExactly(Map.entry("ADM", 2), Map.entry("ANALIS", 1));
      assertThatThrownBy(() -> AnalysisDecision.of(values("hasilAnalisis", "LANJUT", "inventarisasiData", true), codes))
          .hasMessageContaining("klasifikasiData");
      assertThatThrownBy(() -> DeterminedNeeds.parse("penetapanKebutuhan", "KEPALA=1", codes)).hasMessageContaining("KEPALA");
      assertThatThrownBy(() -> DeterminedNeeds.parse("penetapanKebutuhan", "ADM:1", codes)).hasMessageContaining("KODE=jumlah");
      assertThatThrownBy(() -> DeterminedNeeds.parse("penetapanKebutuhan", "ADM=-1", codes)).hasMessageContaining("bilangan bulat");
    }

    @Test
    void theConsiderationIsWrittenOutEitherWay() {
      assertThat(ConsiderationDecision.of(values("keputusanPertimbangan", "TERBITKAN", "catatanPertimbangan", "Layak"))
          .keputusan()).isEqualTo(ConsiderationDecision.Keputusan.TERBITKAN);
      assertThatThrownBy(() -> ConsiderationDecision.of(values("keputusanPertimbangan", "KEMBALIKAN")))
          .hasMessageContaining("catatanPertimbangan");
    }
  }
}
