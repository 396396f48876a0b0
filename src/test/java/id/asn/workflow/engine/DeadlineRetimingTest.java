package id.asn.workflow.engine;

import static id.asn.workflow.pertek.PertekProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.engine.PertekFixtures.Candidate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On 2 December 2026, with no decree for 2027 yet: a verifier returns a PPPK usul (BTS) through the engine REST
 * API as Tasklist does; its 25 working days reach into 2027 and are counted on the provisional calendar. When the
 * 2027 decree is entered, the deadline, its timer, the usul's record and history move, and the instansi is told.
 */
@AppTest
class DeadlineRetimingTest {

  /**
   * 25 working days after Wednesday 2 December 2026, counted by hand: 19 in December (24 CB, 25 L), then January
   * 2027 on the provisional calendar (1 January; Isra Mikraj put on 5 January and, to err late, 6 January):
   * 4, 7, 8, 11, 12, 13.
   */
  private static final LocalDate PROVISIONAL_LAST_DAY = LocalDate.of(2027, 1, 13);
  /** With the decree (Isra Mikraj on 6 January only): 4, 5, 7, 8, 11, 12. */
  private static final LocalDate DECREED_LAST_DAY = LocalDate.of(2027, 1, 12);

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired UsulRepository usulRepository;
  @Autowired JdbcClient jdbc;

  private PertekDriver driver;

  @BeforeEach
  void setUp() {
    TestClock.at(2026, 12, 2);
    driver = new PertekDriver(engine, rest, usulRepository);
  }

  @AfterEach
  void forgetTheDecree() {
    jdbc.sql("delete from hari_libur where tanggal between DATE '2027-01-01' and DATE '2027-12-31'").update();
    jdbc.sql("delete from kalender_tahun where tahun = 2027").update();
    ClockUtil.reset();
  }

  @Test
  void aProvisionalCorrectionDeadlineMovesWhenTheDecreeArrives() {
    ProcessInstance instance = driver.submitted(Candidate.pppk());
    String usulId = instance.getBusinessKey();

    completeInTasklist("pemroses1", instance, Map.of(VAR_HASIL_VERIFIKASI, "BTS", VAR_ALASAN_VERIFIKASI,
        "Surat lamaran belum ditandatangani"));

    JsonNode batas = detail(usulId).get("batasPerbaikan");
    assertThat(batas.get("tanggal").asText()).isEqualTo(PROVISIONAL_LAST_DAY.toString());
    assertThat(batas.get("sementara").asBoolean()).isTrue();
    assertThat(driver.job(instance, TIMER_BATAS_PERBAIKAN).getDuedate()).isEqualTo(TestClock.midnight(2027, 1, 14));
    assertThat(driver.variable(instance, ProcessDeadlines.VAR_CATATAN_TENGGAT).toString()).contains("sementara");
    assertThat(notifications(usulId)).anySatisfy(text -> assertThat(text)
        .contains("paling lambat 2027-01-13 (sementara) (25 hari kerja)").contains("belum ditetapkan"));

    ResponseEntity<JsonNode> entered = enterDecree2027();

    assertThat(entered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(entered.getBody().get("tenggatBerubah").asInt()).isGreaterThanOrEqualTo(1);
    batas = detail(usulId).get("batasPerbaikan");
    assertThat(batas.get("tanggal").asText()).isEqualTo(DECREED_LAST_DAY.toString());
    assertThat(batas.get("sementara").asBoolean()).isFalse();
    assertThat(driver.job(instance, TIMER_BATAS_PERBAIKAN).getDuedate()).isEqualTo(TestClock.midnight(2027, 1, 13));
    assertThat((Date) driver.variable(instance, VAR_BATAS_PERBAIKAN)).isEqualTo(TestClock.midnight(2027, 1, 13));
    assertThat(driver.variable(instance, ProcessDeadlines.VAR_CATATAN_TENGGAT)).isEqualTo("");
    assertThat(history(usulId)).contains(
        "TENGGAT_DIHITUNG_ULANG Batas perbaikan 2027-01-13 (sementara) menjadi 2027-01-12: kalender hari libur dan "
            + "cuti bersama berubah.");
    assertThat(notifications(usulId)).anySatisfy(text -> assertThat(text)
        .contains("dihitung ulang").contains("paling lambat 2027-01-12 (sebelumnya 2027-01-13 (sementara))"));
  }

  @Test
  void aDeadlineThatDidNotMoveIsLeftAlone() {
    ProcessInstance instance = driver.submitted(Candidate.pppk());
    completeInTasklist("pemroses1", instance, Map.of(VAR_HASIL_VERIFIKASI, "BTS", VAR_ALASAN_VERIFIKASI, "Foto buram"));
    enterDecree2027();
    int entries = history(instance.getBusinessKey()).size();

    ResponseEntity<JsonNode> again = enterDecree2027();

    assertThat(again.getBody().get("tenggatBerubah").asInt()).isZero();
    assertThat(history(instance.getBusinessKey())).hasSize(entries);
  }

  @Test
  void anInstanceThatEndsLeavesTheLedger() {
    ProcessInstance instance = driver.submitted(Candidate.pppk());
    completeInTasklist("pemroses1", instance, Map.of(VAR_HASIL_VERIFIKASI, "BTS", VAR_ALASAN_VERIFIKASI, "Foto buram"));
    assertThat(ledgerRows(instance)).isEqualTo(1);

    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "ditarik instansi", true);

    assertThat(ledgerRows(instance)).isZero();
  }

  private int ledgerRows(ProcessInstance instance) {
    return jdbc.sql("select count(*) from tenggat where proses_id = ?").param(instance.getId()).query(Integer.class)
        .single();
  }

  private ResponseEntity<JsonNode> enterDecree2027() {
    return rest.withBasicAuth("admin", "rahasia").exchange("/api/kalender/tahun/2027", HttpMethod.PUT,
        json(CorrectionBacklog.DECREE_2027), JsonNode.class);
  }

  private JsonNode detail(String usulId) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("operatorbatang", "rahasia")
        .getForEntity("/api/usul-ni/" + usulId, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private List<String> history(String usulId) {
    JsonNode body = rest.withBasicAuth("operatorbatang", "rahasia")
        .getForEntity("/api/usul-ni/" + usulId + "/riwayat", JsonNode.class).getBody();
    List<String> lines = new ArrayList<>();
    body.get("riwayat").forEach(e -> lines.add(e.get("jenis").asText() + " " + e.get("keterangan").asText()));
    return lines;
  }

  private List<String> notifications(String usulId) {
    return jdbc.sql("select pesan from notifikasi where usul_id = ? order by id").param(usulId).query(String.class).list();
  }

  /** Claims and completes the verification through the engine REST API as the officer, as Tasklist would. */
  private void completeInTasklist(String user, ProcessInstance instance, Map<String, String> values) {
    String taskId = driver.task(instance, TASK_VERIFIKASI).getId();
    TestRestTemplate officer = rest.withBasicAuth(user, "rahasia");
    assertThat(officer.postForEntity("/engine-rest/task/" + taskId + "/claim", json(Map.of("userId", user)), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> variables = new java.util.HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    ResponseEntity<String> completed = officer.postForEntity("/engine-rest/task/" + taskId + "/complete",
        json(Map.of("variables", variables)), String.class);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
