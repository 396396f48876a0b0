package id.asn.workflow.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.support.TestPostgres;
import id.asn.workflow.engine.EngineClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The planning's SQL on PostgreSQL, the production database; the API and process tests run it on H2. */
class PlanningRepositoriesPostgresTest {

  private static PlanningRepository plannings;
  private static PlanningDataRepository data;

  @BeforeAll
  static void migratedDatabase() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.freshDatabase(), TestPostgres.user(), "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("app_schema_history").load()
        .migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    plannings = new PlanningRepository(jdbc, new EngineClock());
    data = new PlanningDataRepository(jdbc, new JdbcTemplate(dataSource));
  }

  private static Planning stored(String instansi) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Planning planning = new Planning(Planning.idOf(instansi, 2026), instansi, "Kabupaten " + instansi,
        JenisInstansi.KABUPATEN_KOTA, 2026,
        LocalDate.of(2025, 12, 31), PlanningStatus.ANALISIS_JABATAN, false, LocalDate.of(2026, 3, 31),
        LocalDate.of(2026, 3, 10), null, false, null, null, null, null, null, null, null, null, null, now, now);
    plannings.insert(planning);
    return planning;
  }

  @Test
  void onePlanningPerInstansiAndYearReadBackWhole() {
    Planning planning = stored("PgA");
    assertThatThrownBy(() -> stored("PgA")).isInstanceOf(DuplicateKeyException.class);
    Planning read = plannings.get(planning.id());
    assertThat(read.batasPenyampaian()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(read.lampiran()).isNull();
    assertThat(read.surat()).isNull();
    assertThat(plannings.list(Set.of("PgA"), 2026)).extracting(Planning::id).containsExactly("PgA-2026");
    assertThat(plannings.list(null, null)).extracting(Planning::id).contains("PgA-2026");
    assertThat(plannings.list(Set.of(), null)).isEmpty();

    plannings.saveAttachments(planning.id(), new Attachments(null, "Pesisir", "Industri", 826_000L, new BigDecimal("788.65"),
        null, new BigDecimal("650000000000.00"), new BigDecimal("2000000000000.00")));
    plannings.saveLetter(planning.id(), new SubmissionLetter("800/1", LocalDate.of(2026, 3, 20), "Bupati"));
    Planning filled = plannings.get(planning.id());
    assertThat(filled.lampiran().jumlahPenduduk()).isEqualTo(826_000L);
    assertThat(filled.lampiran().rasioBelanjaPegawaiPersen()).hasValue(new BigDecimal("32.50"));
    assertThat(filled.surat().tanggalSurat()).isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  void warningsLateMarksAndBudgetChangesHappenOnce() {
    Planning planning = stored("PgB");
    assertThat(plannings.markWarned(planning.id(), LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(plannings.markWarned(planning.id(), LocalDate.of(2026, 3, 31))).isFalse();
    assertThat(plannings.markWarned(planning.id(), LocalDate.of(2026, 4, 30))).isTrue();
    assertThat(plannings.markLate(planning.id())).isTrue();
    assertThat(plannings.markLate(planning.id())).isFalse();
    assertThat(plannings.markBudgetChanged(planning.id())).isTrue();
    assertThat(plannings.markBudgetChanged(planning.id())).isFalse();

    Instant first = Instant.parse("2026-04-02T03:00:00Z");
    plannings.recordSubmission(planning.id(), first, true);
    plannings.recordSubmission(planning.id(), first.plusSeconds(3600), false);
    Planning submitted = plannings.get(planning.id());
    assertThat(submitted.disampaikan()).isEqualTo(first);
    assertThat(submitted.disampaikanTerakhir()).isEqualTo(first.plusSeconds(3600));
    assertThat(submitted.terlambat()).as("a resubmission keeps the first judgement").isTrue();
    assertThat(plannings.markLate(planning.id())).isFalse();

    plannings.setReturnReason(planning.id(), "Perbaiki ABK");
    assertThat(plannings.get(planning.id()).alasanPengembalian()).isEqualTo("Perbaiki ABK");
    plannings.setReturnReason(planning.id(), null);
    assertThat(plannings.findByIdForUpdate(planning.id()).orElseThrow().alasanPengembalian()).isNull();

    plannings.addEvent(planning.id(), "A", "satu", null, Instant.now());
    plannings.addEvent(planning.id(), "B", "dua", "analis1", Instant.now().minusSeconds(60));
    assertThat(plannings.events(planning.id())).extracting(PlanningRepository.Event::peristiwa).containsExactly("B", "A");
  }

  @Test
  void importsReplaceTheirSetAndRemainReadable() {
    Planning planning = stored("PgC");
    String id = planning.id();
    data.replaceUnits(id, List.of(new OrgUnit("U", "Unit", null, 1), new OrgUnit("U.1", "Sub", "U", 2)));
    data.replacePositions(id, List.of(new Position("P", "Jabatan", "U.1", Jenjang.AHLI_MUDA, 11, null, "Ikhtisar", 1)));
    data.replaceTasks(id, List.of(new PositionTask("P", "Tugas", "berkas", new BigDecimal("1200"), new BigDecimal("45.5"), 1)));
    data.replaceStaff(id, List.of(
        new StaffMember("199209092024212001", "Dewi", "P", JenisAsn.PPPK, LocalDate.of(1992, 9, 9), LocalDate.of(2028, 12, 31)),
        new StaffMember("196705171992031003", "Suparman", "P", JenisAsn.PNS, LocalDate.of(1967, 5, 17), null)));
    assertThat(data.counts(id)).isEqualTo(new PlanningSummaries.Counts(2, 1, 1, 2));
    assertThat(data.tasks(id).get("P")).singleElement().satisfies(t -> {
      assertThat(t.volumePerTahun()).isEqualByComparingTo("1200");
      assertThat(t.normaWaktuMenit()).isEqualByComparingTo("45.5");
    });
    assertThat(data.staff(id)).extracting(StaffMember::akhirPerjanjian).containsExactly(null, LocalDate.of(2028, 12, 31));
    assertThat(data.unitCodesInUse(id)).containsExactly("U.1");
    assertThat(data.positionCodesInUse(id)).containsExactly("P");

    data.replaceUnits(id, List.of(new OrgUnit("U.1", "Sub", null, 1)));
    assertThat(data.units(id)).extracting(OrgUnit::kode).containsExactly("U.1");

    assertThat(data.lastImportHash(id, ImportKind.PEGAWAI)).isEmpty();
    data.recordImport(id, ImportKind.PEGAWAI, "a".repeat(64), 2, "op", Instant.now());
    data.recordImport(id, ImportKind.PEGAWAI, "b".repeat(64), 2, "op", Instant.now());
    assertThat(data.lastImportHash(id, ImportKind.PEGAWAI)).contains("b".repeat(64));

    data.savePriorities(id, List.of("P"));
    data.saveDetermined(id, Map.of("P", 3));
    assertThat(data.priorities(id)).containsExactly("P");
    assertThat(data.determined(id)).containsExactly(Map.entry("P", 3));
    plannings.issue(id, "1/PERTEK-KEB/BKN/2026", LocalDate.of(2026, 5, 4));
    assertThat(plannings.get(id).status()).isEqualTo(PlanningStatus.SELESAI);
  }
}
