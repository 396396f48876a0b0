package id.asn.workflow.engine;

import static id.asn.workflow.pertek.PertekProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.pertek.UsulStatus;
import id.asn.workflow.engine.PertekFixtures.Candidate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Drives pertekNiCasn as its users would: submit through the API, run the engine's jobs, work tasks as officers. */
final class PertekDriver extends ProcessDriver {

  private final TestRestTemplate rest;
  private final UsulRepository usulRepository;

  PertekDriver(ProcessEngine engine, TestRestTemplate rest, UsulRepository usulRepository) {
    super(engine);
    this.rest = rest;
    this.usulRepository = usulRepository;
  }

  /** Submitted and pre-checked: waiting for Tim Pemroses. */
  ProcessInstance submitted(Candidate candidate) {
    String usulId = PertekFixtures.submit(rest, candidate);
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(usulId).singleResult();
    assertThat(instance).isWaitingAt(STEP_PEMERIKSAAN_AWAL);
    runJob(instance, STEP_PEMERIKSAAN_AWAL);
    assertThat(instance).isWaitingAt(TASK_VERIFIKASI);
    return instance;
  }

  /** The instansi's operator withdraws the usul with a reason, as {@code POST /api/usul-ni/{id}/penarikan}. */
  ResponseEntity<String> withdraw(String operator, String usulId, String alasan) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> body = new HashMap<>();
    body.put("alasan", alasan);
    return rest.withBasicAuth(operator, "rahasia").postForEntity("/api/usul-ni/" + usulId + "/penarikan",
        new HttpEntity<>(body, headers), String.class);
  }

  void verify(String user, ProcessInstance instance, String hasil, String alasan) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_HASIL_VERIFIKASI, hasil);
    variables.put(VAR_ALASAN_VERIFIKASI, alasan);
    work(user, instance, TASK_VERIFIKASI, variables);
  }

  void sign(String user, ProcessInstance instance, String keputusan, String catatan) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_KEPUTUSAN, keputusan);
    variables.put(VAR_CATATAN, catatan);
    work(user, instance, TASK_TANDA_TANGAN, variables);
  }

  /** The straight path: MS by one officer, SETUJU by another; returns the Nomor Induk. */
  String approvedStraightThrough(ProcessInstance instance, String verifier, String signer) {
    verify(verifier, instance, "MS", null);
    runJob(instance, STEP_TETAPKAN_NOMOR);
    sign(signer, instance, "SETUJU", null);
    runJob(instance, STEP_TANDA_TANGANI);
    assertThat(instance).isEnded().hasPassed(END_PERTEK_TERBIT);
    return usulRepository.findById(instance.getBusinessKey()).orElseThrow().nomorInduk();
  }

  UsulStatus status(ProcessInstance instance) {
    return usulRepository.findById(instance.getBusinessKey()).orElseThrow().status();
  }

}
