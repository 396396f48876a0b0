package id.asn.workflow.engine;

import static id.asn.workflow.pertek.PertekProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.engine.PertekFixtures.Candidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * GET /api/usul-ni/{id}/riwayat after a usul went the long way: BTS, correction, MS, signed. Officers work their
 * tasks through the engine REST API as Tasklist does, so the engine logs who claimed and completed what.
 */
@AppTest
class UsulHistoryTest {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired UsulRepository usulRepository;

  private PertekDriver driver;

  @BeforeEach
  void setUp() {
    driver = new PertekDriver(engine, rest, usulRepository);
  }

  @Test
  void listsWhoDidWhatToTheUsulOldestFirst() {
    ProcessInstance instance = driver.submitted(Candidate.pns());
    String usulId = instance.getBusinessKey();
    work("pemroses1", instance, TASK_VERIFIKASI, Map.of(VAR_HASIL_VERIFIKASI, "BTS", VAR_ALASAN_VERIFIKASI, "Ijazah belum dilegalisir"));
    correct(usulId);
    driver.runJob(instance, STEP_PEMERIKSAAN_AWAL);
    work("pemroses2", instance, TASK_VERIFIKASI, Map.of(VAR_HASIL_VERIFIKASI, "MS"));
    driver.runJob(instance, STEP_TETAPKAN_NOMOR);
    work("penandatangan1", instance, TASK_TANDA_TANGAN, Map.of(VAR_KEPUTUSAN, "SETUJU"));
    driver.runJob(instance, STEP_TANDA_TANGANI);

    ResponseEntity<JsonNode> response = rest.withBasicAuth("operatorbatang", "rahasia")
        .getForEntity("/api/usul-ni/" + usulId + "/riwayat", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("id").asText()).isEqualTo(usulId);
    List<JsonNode> entries = new ArrayList<>();
    response.getBody().get("riwayat").forEach(entries::add);
    assertThat(entries).extracting(e -> Instant.parse(e.get("waktu").asText())).isSorted();
    assertThat(entries).extracting(UsulHistoryTest::line).containsSubsequence(
        "APLIKASI DIKIRIM operatorbatang",
        "PROSES KLAIM_TUGAS pemroses1",
        "APLIKASI VERIFIKASI pemroses1 BTS: Ijazah belum dilegalisir",
        "APLIKASI PERBAIKAN_DIKIRIM operatorbatang",
        "APLIKASI VERIFIKASI pemroses2 MS",
        "APLIKASI TANDA_TANGAN penandatangan1 SETUJU");
    assertThat(entries).extracting(UsulHistoryTest::line).contains(
        "PROSES SELESAIKAN_TUGAS pemroses1",
        "PROSES KLAIM_TUGAS pemroses2",
        "PROSES SELESAIKAN_TUGAS pemroses2",
        "PROSES KLAIM_TUGAS penandatangan1",
        "PROSES SELESAIKAN_TUGAS penandatangan1",
        "APLIKASI STATUS - VERIFIKASI → PERBAIKAN",
        "APLIKASI STATUS operatorbatang PERBAIKAN → VERIFIKASI",
        "APLIKASI STATUS - VERIFIKASI → TANDA_TANGAN",
        "APLIKASI STATUS - TANDA_TANGAN → SELESAI");
    assertThat(entries).filteredOn(e -> e.get("jenis").asText().equals("NOTIFIKASI"))
        .extracting(e -> e.get("keterangan").asText())
        .anySatisfy(text -> assertThat(text).startsWith("Berkas tidak sesuai"))
        .anySatisfy(text -> assertThat(text).startsWith("Pertek penetapan NI terbit"));
    assertThat(entries).filteredOn(e -> e.get("jenis").asText().equals("KLAIM_TUGAS"))
        .extracting(e -> e.get("keterangan").asText())
        .contains("mengklaim tugas Verifikasi berkas dan buat konsep Pertek", "mengklaim tugas Tanda tangani Pertek secara digital");
    assertThat(entries).filteredOn(e -> e.get("jenis").asText().equals("PERBAIKAN_DIKIRIM"))
        .extracting(e -> e.get("keterangan").asText()).containsExactly("Perbaikan dikirim: dokumen IJAZAH");
  }

  @Test
  void isSeenByWhoeverSeesTheUsul() {
    String usulId = driver.submitted(Candidate.pns()).getBusinessKey();
    String url = "/api/usul-ni/" + usulId + "/riwayat";

    assertThat(rest.withBasicAuth("pengawas1", "rahasia").getForEntity(url, String.class).getStatusCode())
        .as("Kanreg groups read every usul's history").isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("pemroses2", "rahasia").getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> otherInstansi = rest.withBasicAuth("operatorpekalongan", "rahasia").getForEntity(url, JsonNode.class);
    assertThat(otherInstansi.getStatusCode()).as("another instansi's usul does not exist for it").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(otherInstansi.getBody().get("detail").asText()).contains("tidak ditemukan");
    assertThat(rest.withBasicAuth("panitia1", "rahasia").getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** "SUMBER JENIS oleh keterangan" of an entry; "-" for the process itself, no keterangan for claims and completions. */
  private static String line(JsonNode entry) {
    String source = entry.get("sumber").asText();
    String kind = entry.get("jenis").asText();
    String who = entry.hasNonNull("oleh") ? entry.get("oleh").asText() : "-";
    boolean withText = source.equals("APLIKASI") && !kind.equals("DIKIRIM") && !kind.equals("PERBAIKAN_DIKIRIM")
        && !kind.equals("NOTIFIKASI");
    return source + " " + kind + " " + who + (withText ? " " + entry.get("keterangan").asText() : "");
  }

  /** Claims and completes the task through the engine REST API as the officer, as Tasklist would. */
  private void work(String user, ProcessInstance instance, String taskKey, Map<String, String> values) {
    String taskId = driver.task(instance, taskKey).getId();
    TestRestTemplate officer = rest.withBasicAuth(user, "rahasia");
    assertThat(officer.postForEntity("/engine-rest/task/" + taskId + "/claim", json(Map.of("userId", user)), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> variables = new java.util.HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    assertThat(officer.postForEntity("/engine-rest/task/" + taskId + "/complete", json(Map.of("variables", variables)),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void correct(String usulId) {
    MultiValueMap<String, Object> correction = new LinkedMultiValueMap<>();
    correction.add("IJAZAH", PertekFixtures.file("ijazah-legalisir.pdf", PertekFixtures.PDF));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertThat(rest.withBasicAuth("operatorbatang", "rahasia").postForEntity("/api/usul-ni/" + usulId + "/perbaikan",
        new HttpEntity<>(correction, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
