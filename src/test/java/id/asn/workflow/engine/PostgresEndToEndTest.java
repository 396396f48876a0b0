package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.pertek.UsulStatus;
import id.asn.workflow.support.TestPostgres;
import id.asn.workflow.engine.PertekFixtures.Candidate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The production profile on a real PostgreSQL: migrations, engine schema, calendar and a whole Pertek flow. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "postgres"})
class PostgresEndToEndTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "postgres", "target/test-data/postgres");
    registry.add("camunda.bpm.webapp.enabled", () -> "false");
  }

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired UsulRepository usulRepository;
  @Autowired JdbcClient jdbc;

  @Test
  void runsOnPostgres() {
    assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
    assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("postgres");
  }

  @Test
  void theCalendarSeedIsThere() {
    Map<?, ?> body = rest.withBasicAuth("pemroses1", "rahasia")
        .getForObject("/api/kalender/hari-kerja?mulai=2025-03-24&tambah=15", Map.class);
    assertThat(body.get("tanggal")).isEqualTo("2025-04-24");
  }

  @Test
  void aUsulGoesFromSubmissionToAnIssuedPertek() {
    PertekDriver driver = new PertekDriver(engine, rest, usulRepository);
    ProcessInstance instance = driver.submitted(Candidate.pns());
    String nip = driver.approvedStraightThrough(instance, "pemroses1", "penandatangan1");
    assertThat(nip).matches("19980517202506" + "2" + "\\d{3}");
    assertThat(driver.status(instance)).isEqualTo(UsulStatus.SELESAI);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(instance.getId()).finished().count()).isEqualTo(2);
  }
}
