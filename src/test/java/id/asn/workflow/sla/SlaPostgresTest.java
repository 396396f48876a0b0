package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.sla.SlaHistoryCatchUpTest.Expected;
import id.asn.workflow.sla.SlaHistoryCatchUpTest.HandMadeScenario;
import id.asn.workflow.support.TestPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA SQL on PostgreSQL, the production database: V7 after V1-V6, the catch-up from Camunda's own history
 * tables (created with Camunda's PostgreSQL script) and the report's queries, on the same hand-made history as
 * the H2 test.
 */
class SlaPostgresTest {

  private static JdbcClient jdbc;
  private static SlaLedger ledger;
  private static SlaReportService reports;
  private static SlaStandardRepository standards;

  @BeforeAll
  static void migratedDatabaseWithCamundaHistoryTables() throws IOException {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.freshDatabase(), TestPostgres.user(),
        "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("app_schema_history").load()
        .migrate();
    try (InputStream ddl = SlaPostgresTest.class.getResourceAsStream(
        "/org/camunda/bpm/engine/db/create/activiti.postgres.create.history.sql")) {
      new JdbcTemplate(dataSource).execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
    }
    jdbc = JdbcClient.create(dataSource);
    standards = new SlaStandardRepository(jdbc);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    ledger = new SlaLedger(jdbc, new JdbcTemplate(dataSource), standards, null,
        new SlaMetrics(new SimpleMeterRegistry()), new TransactionTemplate(transactions),
        new SlaRollups(new JdbcTemplate(dataSource), transactions));
    reports = new SlaReportService(jdbc, standards, null);
  }

  @Test
  void theMigrationSeedsThePosStandards() {
    assertThat(standards.all()).extracting(SlaStandard::kegiatan, SlaStandard::standarDetik)
        .contains(org.assertj.core.groups.Tuple.tuple("verifikasiUsul", 600),
            org.assertj.core.groups.Tuple.tuple("tandaTanganPertek", 120));
  }

  @Test
  void handMadeHistoryGivesTheKnownFigures() {
    String proses = SlaHistoryCatchUpTest.PROSES;
    String kegiatan = SlaHistoryCatchUpTest.KEGIATAN;
    standards.save(new SlaStandard(proses, kegiatan, "Periksa berkas (uji)", 300, null, 80), "uji", Instant.now());
    LocalDate day = LocalDate.of(2031, 3, 1);
    Expected expected = HandMadeScenario.write(new HandMadeHistory(jdbc), proses, kegiatan, day);

    assertThat(ledger.catchUpFromHistory()).isEqualTo(expected.completed());
    assertThat(ledger.catchUpFromHistory()).isZero();

    HandMadeScenario.assertFigures(reports.report(new SlaQuery(day, day, kegiatan, null, null), expected.now(), 50),
        expected);
    // the whole month comes from the monthly rollups: the same figures
    SlaReport march = reports.report(new SlaQuery(day, day.plusDays(30), kegiatan, null, null), expected.now(), 50);
    HandMadeScenario.assertFigures(march, expected);
    SlaReport byInstansi = reports.report(new SlaQuery(day, day, null, null, "KabUji"), expected.now(), 50);
    assertThat(byInstansi.ringkasan()).filteredOn(r -> r.kegiatan().equals(kegiatan))
        .singleElement().satisfies(r -> assertThat(r.jumlah()).isEqualTo(6));
    assertThat(SlaCsvTest.parse(SlaCsv.write(byInstansi))).hasSizeGreaterThan(1);
  }
}
