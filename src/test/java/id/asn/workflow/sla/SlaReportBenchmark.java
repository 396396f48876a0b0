package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.demo.SimulatedHistoryBackfill;
import id.asn.workflow.support.TestPostgres;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How fast {@code GET /api/sla} answers on PostgreSQL with a year of history of at least 1,000,000 completed
 * task passes. Not part of {@code ./mvnw verify} (the class name does not end in Test); run it with
 * {@code ./mvnw test -Dtest=SlaReportBenchmark -Dsla.benchmark.tugas=1000000}. It prints the fill time and
 * the response times of a 30-day and a 365-day report (over HTTP, as the page asks for them). It runs only when
 * named in {@code -Dtest}, so that {@code -Dtest='id.asn.workflow.sla.**'} does not start it.
 */
@EnabledIfSystemProperty(named = "test", matches = ".*Benchmark.*")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SlaReportBenchmark {

  private static final int TASKS = Integer.getInteger("sla.benchmark.tugas", 1_000_000);
  private static final int DAYS = 365;
  private static final int RUNS = 5;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = TestPostgres.freshDatabase() + "?reWriteBatchedInserts=true";
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", TestPostgres::user);
    registry.add("spring.datasource.password", () -> "");
    registry.add("camunda.bpm.database.type", () -> "postgres");
  }

  @Autowired SimulatedHistoryBackfill backfill;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  @Test
  void reportOnAMillionTaskPasses() {
    LocalDate lastDay = LocalDate.of(2025, 12, 31);
    int weekdays = 0;
    for (LocalDate d = lastDay.minusDays(DAYS - 1); !d.isAfter(lastDay); d = d.plusDays(1)) {
      weekdays += d.getDayOfWeek().getValue() <= 5 ? 1 : 0;
    }
    long started = System.nanoTime();
    long written = backfill.fill(lastDay, DAYS, (TASKS + weekdays - 1) / weekdays);
    double fillSeconds = (System.nanoTime() - started) / 1e9;
    // what autovacuum does in production after a bulk load: planner statistics and the visibility map
    jdbc.execute("vacuum analyze sla_tugas");
    Long rows = jdbc.queryForObject("select count(*) from sla_tugas", Long.class);
    assertThat(rows).isGreaterThanOrEqualTo(TASKS);

    List<String> lines = new ArrayList<>();
    lines.add(String.format("SLA benchmark (PostgreSQL, %s)", TestPostgres.describe()));
    lines.add(String.format("  history: %,d task passes written in %.1f s, %,d rows in sla_tugas", written,
        fillSeconds, rows));
    lines.add(time("30 days ", lastDay.minusDays(29), lastDay));
    lines.add(time("365 days", lastDay.minusDays(DAYS - 1), lastDay));
    lines.add(time("365 days, one officer", lastDay.minusDays(DAYS - 1), lastDay, "&petugas=pemroses2"));
    lines.add(time("30 days CSV", lastDay.minusDays(29), lastDay, "&format=csv"));
    String report = String.join(System.lineSeparator(), lines);
    System.out.println(report);
    System.err.println(report);
  }

  private String time(String label, LocalDate dari, LocalDate sampai) {
    return time(label, dari, sampai, "");
  }

  private String time(String label, LocalDate dari, LocalDate sampai, String extra) {
    String url = "/api/sla?dari=" + dari + "&sampai=" + sampai + extra;
    TestRestTemplate client = rest.withBasicAuth("pengawas1", "rahasia");
    ResponseEntity<String> warmUp = client.getForEntity(url, String.class);
    assertThat(warmUp.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      ResponseEntity<String> response = client.getForEntity(url, String.class);
      millis.add((System.nanoTime() - start) / 1e6);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    Collections.sort(millis);
    return String.format("  %-22s median %6.0f ms, min %6.0f ms, max %6.0f ms (%d runs after one warm-up)", label,
        millis.get(RUNS / 2), millis.get(0), millis.get(RUNS - 1), RUNS);
  }
}
