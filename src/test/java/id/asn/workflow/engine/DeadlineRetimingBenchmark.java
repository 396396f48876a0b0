package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.support.TestPostgres;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How long entering a year's decree takes when 500 open instances hold a deadline counted on its provisional
 * days, on PostgreSQL: {@code ./mvnw -Pbenchmark test -Dtest=DeadlineRetimingBenchmark} ({@code -Dtenggat.usul=N}).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "postgres"})
class DeadlineRetimingBenchmark {

  private static final int USUL = Integer.getInteger("tenggat.usul", 500);

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws Exception {
    TestPostgres.register(registry, "retimingBenchmark", Files.createTempDirectory("asn-tenggat").toString());
    registry.add("camunda.bpm.webapp.enabled", () -> "false");
  }

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired UsulRepository usuls;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void reTimesTheOpenInstancesOfAYear() {
    TestClock.at(2026, 12, 2);
    CorrectionBacklog backlog = new CorrectionBacklog(engine, rest, usuls);
    long setUp = System.nanoTime();
    backlog.returned(USUL);
    double setUpSeconds = (System.nanoTime() - setUp) / 1e9;

    long start = System.nanoTime();
    ResponseEntity<Map> entered = backlog.enterDecree2027();
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(entered.getBody()).containsEntry("tenggatBerubah", USUL);
    System.out.printf(Locale.ROOT, "%nRe-timing on %s: %d open instances moved by PUT /api/kalender/tahun/2027 in "
            + "%.2f s (%.1f ms per instance); setting them up took %.1f s; load average %s%n",
        TestPostgres.describe(), USUL, seconds, seconds * 1000 / USUL, setUpSeconds, loadAverage());
  }

  private static String loadAverage() {
    try {
      return Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
