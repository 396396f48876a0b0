package id.asn.workflow.workforce;

import id.asn.workflow.support.ShippedEffectiveHours;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.tabular.ExportFormat;
import id.asn.workflow.tabular.Table;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The job map, the technical-consideration variables and the exports, from a small regency. */
class PlanningReportsRulesTest {

  static final List<OrgUnit> UNITS = List.of(
      new OrgUnit("BKPSDM", "Badan Kepegawaian", null, 1),
      new OrgUnit("SETDA", "Sekretariat Daerah", null, 2),
      new OrgUnit("BKPSDM.MUTASI", "Bidang Mutasi", "BKPSDM", 3),
      new OrgUnit("SETDA.UMUM", "Bagian Umum", "SETDA", 4));
  static final List<Position> POSITIONS = List.of(
      new Position("ADM", "=Pengadministrasi", "SETDA.UMUM", Jenjang.PELAKSANA, 5, null, "x", 1),
      new Position("KABAG", "Kepala Bagian Umum", "SETDA.UMUM", Jenjang.ADMINISTRATOR, 11, null, "x", 2),
      new Position("ASDM", "Analis SDM Ahli Pertama", "BKPSDM.MUTASI", Jenjang.AHLI_PERTAMA, 8, null, "x", 3),
      new Position("KABAN", "Kepala Badan", "BKPSDM", Jenjang.PRATAMA, 14, null, "x", 4));
  static final Map<String, List<PositionTask>> TASKS = Map.of(
      "ADM", List.of(task("ADM", "3000", "60")),       // 3,000 hours → 2.4 → 2
      "KABAG", List.of(task("KABAG", "1000", "60")),   // 1,000 hours → 0.8 → 1
      "ASDM", List.of(task("ASDM", "2400", "60"), task("ASDM", "900", "60")), // 3,300 hours → 2.64 → 3
      "KABAN", List.of(task("KABAN", "1250", "60")));  // 1

  static PositionTask task(String kode, String volume, String norma) {
    return new PositionTask(kode, "tugas " + volume, null, new BigDecimal(volume), new BigDecimal(norma), 1);
  }

  static final List<StaffMember> STAFF = List.of(
      new StaffMember("1", "a", "ADM", JenisAsn.PNS, LocalDate.of(1980, 1, 1), null),
      new StaffMember("2", "b", "ADM", JenisAsn.PNS, LocalDate.of(1981, 1, 1), null),
      new StaffMember("3", "c", "ADM", JenisAsn.PPPK, LocalDate.of(1990, 1, 1), LocalDate.of(2027, 1, 31)),
      new StaffMember("4", "d", "ASDM", JenisAsn.PNS, LocalDate.of(1990, 1, 1), null),
      new StaffMember("5", "e", "KABAN", JenisAsn.PNS, LocalDate.of(1970, 1, 1), null));

  static Map<String, Integer> counts() {
    Map<String, Integer> counts = new java.util.HashMap<>();
    STAFF.forEach(s -> counts.merge(s.kodeJabatan(), 1, Integer::sum));
    return counts;
  }

  @Test
  void theMapListsUnitsAsATreeAndPositionsFromTheHighest() {
    JobMap map = JobMap.build(UNITS, POSITIONS, TASKS, counts(), ShippedEffectiveHours.HOURS);
    assertThat(map.unit()).extracting(JobMap.UnitEntry::kode, JobMap.UnitEntry::tingkat).containsExactly(
        org.assertj.core.groups.Tuple.tuple("BKPSDM", 1), org.assertj.core.groups.Tuple.tuple("BKPSDM.MUTASI", 2),
        org.assertj.core.groups.Tuple.tuple("SETDA", 1), org.assertj.core.groups.Tuple.tuple("SETDA.UMUM", 2));
    JobMap.UnitEntry umum = map.unit().get(3);
    assertThat(umum.jabatan()).extracting(JobMap.PositionEntry::kode).containsExactly("KABAG", "ADM");
    assertThat(umum.bebanKerjaJam()).isEqualByComparingTo("4000");
    assertThat(umum.kebutuhanPegawai()).isEqualTo(3);
    assertThat(umum.pegawaiAda()).isEqualTo(3);
    JobMap.PositionEntry adm = umum.jabatan().get(1);
    assertThat(adm.kebutuhanPegawaiHitung()).isEqualByComparingTo("2.40");
    assertThat(adm.selisih()).isEqualTo(1);
    assertThat(adm.efektivitasJabatan()).isEqualByComparingTo("0.80");
    assertThat(map.total().kebutuhanPegawai()).isEqualTo(7);
    assertThat(map.total().pegawaiAda()).isEqualTo(5);
    assertThat(map.total().selisih()).isEqualTo(-2);
  }

  static Planning planning(JenisInstansi jenis, Attachments lampiran) {
    return new Planning("KabUji-2026", "KabUji", "Kabupaten Uji", jenis, 2026,
        LocalDate.of(2025, 12, 31), PlanningStatus.PERTIMBANGAN_TEKNIS, false,
        LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 10), null, false, Instant.parse("2026-03-20T02:00:00Z"), null,
        lampiran, new SubmissionLetter("800/1/2026", LocalDate.of(2026, 3, 20), "Bupati Uji"), null, "Laporan analisis",
        "Pertimbangan: kebutuhan wajar", "1/PERTEK-KEB/BKN/2026", LocalDate.of(2026, 5, 4), Instant.now(), Instant.now());
  }

  static NeedsProposal proposal() {
    Map<Jenjang, Integer> bup = Map.of(Jenjang.PELAKSANA, 58, Jenjang.ADMINISTRATOR, 58, Jenjang.AHLI_PERTAMA, 58,
        Jenjang.PRATAMA, 60);
    return NeedsProposal.build(2026,
        LocalDate.of(2025, 12, 31), UNITS, POSITIONS, TASKS, STAFF, p -> bup.get(p.jenjang()), List.of("ASDM", "KABAG"),
        ShippedEffectiveHours.HOURS, NeedsProjectionTest.YEARS);
  }

  @Test
  void aRegencysVariablesComputeStaffPerPopulationAndTheSpendingRatio() {
    Attachments lampiran = new Attachments(null, "Pesisir", "Industri", 800_000L, new BigDecimal("788.65"), null,
        new BigDecimal("650"), new BigDecimal("2000"));
    TechnicalConsideration tc = TechnicalConsideration.of(planning(JenisInstansi.KABUPATEN_KOTA, lampiran), UNITS, proposal());
    assertThat(tc.variabel()).extracting(TechnicalConsideration.Variable::kode)
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    // 5 ASN for 800,000 people: 0.01 per 1,000
    assertThat(tc.variabel().get(5).angka()).isEqualByComparingTo("0.01");
    assertThat(tc.variabel().get(7).angka()).isEqualByComparingTo("32.50");
    assertThat(tc.variabel().get(2).nilai()).contains("Pelaksana 3", "JPT 1 (20%)", "Jabatan Fungsional 1 (20%)");
    assertThat(tc.variabel().get(4).nilai()).startsWith("1 orang dalam 5 tahun (2026: 0, 2027: 1");
  }

  @Test
  void aProvinceDividesItsStaffByTheRegenciesItCoordinatesAndACentralInstansiListsEightVariables() {
    Attachments provinsi = new Attachments(null, "x", "y", 1L, BigDecimal.ONE, 35, BigDecimal.ONE, BigDecimal.TEN);
    assertThat(TechnicalConsideration.of(planning(JenisInstansi.PROVINSI, provinsi), UNITS, proposal()).variabel().get(5)
        .angka()).isEqualByComparingTo("0.14");
    Attachments pusat = new Attachments("Urusan kepegawaian", null, null, null, null, null, BigDecimal.ONE, BigDecimal.TEN);
    assertThat(TechnicalConsideration.of(planning(JenisInstansi.PUSAT, pusat), UNITS, proposal()).variabel())
        .hasSize(8).last().satisfies(v -> assertThat(v.angka()).isEqualByComparingTo("10.00"));
  }

  @Test
  void theCsvExportsNeutraliseFormulasAndKeepNumbers() {
    String csv = csv(PlanningExports.jobMapTable(JobMap.build(UNITS, POSITIONS, TASKS, counts(), ShippedEffectiveHours.HOURS)));
    assertThat(csv).contains(",ADM,'=Pengadministrasi,JA,PELAKSANA,5,3000.00,2.40,2,3,1,0.80\r\n");
    String proposal = csv(PlanningExports.proposalTable(proposal()));
    assertThat(proposal.lines().findFirst().orElseThrow()).contains("pensiun2026", "pppkBerakhir2030", "kekurangan2030");
    assertThat(proposal).contains("1,ASDM,Analis SDM Ahli Pertama");
  }

  private static String csv(Table table) {
    return new String(ExportFormat.CSV.render("peta-jabatan", table), StandardCharsets.UTF_8);
  }

  @Test
  void theJobMapAndTheConsiderationArePdfDocuments() throws IOException {
    Attachments lampiran = new Attachments(null, "Pesisir ≥ pegunungan", "Industri", 800_000L, BigDecimal.TEN, null,
        BigDecimal.ONE, BigDecimal.TEN);
    Planning planning = planning(JenisInstansi.KABUPATEN_KOTA, lampiran);
    byte[] map = PlanningExports.jobMapPdf(planning, JobMap.build(UNITS, POSITIONS, TASKS, counts(), ShippedEffectiveHours.HOURS));
    try (PDDocument document = Loader.loadPDF(map)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Peta Jabatan Kabupaten Uji", "Bidang Mutasi", "Analis SDM Ahli Pertama");
    }
    NeedsProposal proposal = proposal();
    byte[] pertek = PlanningExports.considerationPdf(planning, proposal,
        TechnicalConsideration.of(planning, UNITS, proposal), Map.of("ASDM", 2));
    try (PDDocument document = Loader.loadPDF(pertek)) {
      String text = new PDFTextStripper().getText(document);
      // a character the standard fonts cannot show is replaced, not fatal
      assertThat(text).contains("Pertimbangan Teknis Kebutuhan ASN", "1/PERTEK-KEB/BKN/2026", "Pesisir ? pegunungan",
          "Ditetapkan", "Pertimbangan: kebutuhan wajar");
    }
  }
}
