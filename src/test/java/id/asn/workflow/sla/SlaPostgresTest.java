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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
  private static TransactionTemplate transactionTemplate;

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
    transactionTemplate = new TransactionTemplate(transactions);
    ledger = new SlaLedger(jdbc, new JdbcTemplate(dataSource), standards, null,
        new SlaMetrics(new SimpleMeterRegistry()), transactionTemplate,
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
    assertThat(SlaTableTest.parse(SlaTableTest.csv(SlaTable.of(byInstansi)))).hasSizeGreaterThan(1);
  }

  @Test
  void oneTaskCompletedByTwoRequestsAtOnceIsRecordedOnceAndLeavesTheLaterTransactionUsable() throws Exception {
    // one officer's double click: both engine transactions reach the listener before either commits
    Instant created = Instant.parse("2032-02-02T02:00:00Z");
    CompletedTask task = new CompletedTask(HandMadeHistory.id(), "pertekNiCasn", "tandaTanganPertek", null,
        "penandatangan1", created, created.plusSeconds(40));
    CountDownLatch firstRecorded = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    ExecutorService requests = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = requests.submit(() -> transactionTemplate.executeWithoutResult(status -> {
        ledger.completed(task);
        firstRecorded.countDown();
        await(secondStarted);
        sleepQuietly(300); // the second is now waiting on the row's unique key
      }));
      Future<Boolean> second = requests.submit(() -> {
        await(firstRecorded);
        return transactionTemplate.execute(status -> {
          secondStarted.countDown();
          ledger.completed(task);
          // the transaction must still work: the engine goes on to flush (and refuses the completion itself)
          return jdbc.sql("select count(*) from sla_tugas where task_id = ?").param(task.taskId())
              .query(Integer.class).single() == 1;
        });
      });
      first.get(30, TimeUnit.SECONDS);
      assertThat(second.get(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      requests.shutdownNow();
    }
    assertThat(jdbc.sql("select count(*) from sla_tugas where task_id = ?").param(task.taskId()).query(Integer.class)
        .single()).isEqualTo(1);
    assertThat(jdbc.sql("select jumlah from sla_harian where tanggal = DATE '2032-02-02' and kegiatan = ?")
        .param("tandaTanganPertek").query(Integer.class).single()).isEqualTo(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
