package id.asn.workflow.engine;

import static id.asn.workflow.pertek.PertekProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.support.TestPostgres;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The 2027 decree arrives while 240 usul wait for a correction counted on the provisional calendar, on
 * PostgreSQL: every timer, stored deadline and history moves once, one transaction per instance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "postgres"})
class DeadlineRetimingPostgresTest {

  private static final int USUL = 240;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "retimingPostgres", "target/test-data/postgres-tenggat");
    registry.add("camunda.bpm.webapp.enabled", () -> "false");
  }

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired UsulRepository usuls;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyOpenDeadlineMovesOnceWhenTheDecreeIsEntered() {
    assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
    TestClock.at(2026, 12, 2);
    CorrectionBacklog backlog = new CorrectionBacklog(engine, rest, usuls);
    List<ProcessInstance> instances = backlog.returned(USUL);
    assertThat(timerDueDates(instances)).containsOnly(TestClock.midnight(2027, 1, 14));

    ResponseEntity<Map> entered = backlog.enterDecree2027();

    assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(entered.getBody()).containsEntry("prosesDiperiksa", USUL).containsEntry("tenggatBerubah", USUL);
    assertThat(timerDueDates(instances)).hasSize(USUL).containsOnly(TestClock.midnight(2027, 1, 13));
    List<String> ids = instances.stream().map(ProcessInstance::getBusinessKey).toList();
    assertThat(jdbc.sql("select count(*) from usul_ni where id in (:ids) and batas_perbaikan = DATE '"
        + CorrectionBacklog.DECREED_LAST_DAY + "' and not batas_perbaikan_sementara").param("ids", ids)
        .query(Integer.class).single()).isEqualTo(USUL);
    assertThat(jdbc.sql("select count(*) from usul_riwayat where usul_id in (:ids) and jenis = 'TENGGAT_DIHITUNG_ULANG'")
        .param("ids", ids).query(Integer.class).single()).isEqualTo(USUL);
    assertThat(jdbc.sql("select count(*) from tenggat where sementara").query(Integer.class).single()).isZero();

    ResponseEntity<Map> again = backlog.enterDecree2027();
    assertThat(again.getBody()).as("entered twice, nothing moves twice").containsEntry("tenggatBerubah", 0);
    assertThat(jdbc.sql("select count(*) from usul_riwayat where usul_id in (:ids) and jenis = 'TENGGAT_DIHITUNG_ULANG'")
        .param("ids", ids).query(Integer.class).single()).isEqualTo(USUL);
  }

  private List<java.util.Date> timerDueDates(List<ProcessInstance> instances) {
    return instances.stream().map(i -> engine.getManagementService().createJobQuery().processInstanceId(i.getId())
        .activityId(TIMER_BATAS_PERBAIKAN).singleResult()).map(Job::getDuedate).toList();
  }
}
