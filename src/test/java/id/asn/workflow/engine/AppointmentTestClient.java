package id.asn.workflow.engine;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.ServiceTaskHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What the CPNS and PPPK appointment process tests do alike: the clock, the instance, its record, the API. */
final class AppointmentTestClient {

  static final String OPERATOR = "operatorbatang";
  static final String PPK = "ppkbatang";

  private final ProcessEngine engine;
  private final TestRestTemplate rest;
  private final JdbcTemplate jdbc;
  private final String processKey;

  AppointmentTestClient(ProcessEngine engine, TestRestTemplate rest, JdbcTemplate jdbc, String processKey) {
    this.engine = engine;
    this.rest = rest;
    this.jdbc = jdbc;
    this.processKey = processKey;
  }

  /** Every VI.A.2 document found valid and the usul's own data complete; the caller adds the TMT. */
  static Map<String, Object> allDocumentsValid() {
    Map<String, Object> v = new HashMap<>();
    for (String document : List.of("SURAT_LAMARAN", "IJAZAH", "DRH", "SKCK", "SURAT_SEHAT", "BEBAS_NAPZA",
        "SURAT_PERNYATAAN")) {
      v.put("status" + document, "SAH");
    }
    v.put("tempatLahir", "Batang");
    v.put("agama", "ISLAM");
    return v;
  }

  static byte[] pdf(String note) {
    return ("%PDF-1.4\n1 0 obj<<>>endobj\n% " + note + "\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** Runs the handler of a service task once more, outside the engine, as a retry after a failure would. */
  void runStepAgain(ServiceTaskDelegate serviceTasks, String appointmentId, String activity) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    serviceTasks.handlers().get(UserTaskListener.key(processKey, activity)).run(new ServiceTaskHandler.Step(
        appointmentId, activity, null, new CompletionValues(Map.of()), LocalDate.ofInstant(now, TestClock.JAKARTA),
        now));
  }

  ProcessInstance instanceOf(String appointmentId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(appointmentId).singleResult();
  }

  String column(String appointmentId, String name) {
    return String.valueOf(jdbc.queryForObject("select " + name + " from pengangkatan where id = ?", Object.class,
        appointmentId));
  }

  int events(String appointmentId, String peristiwa) {
    return jdbc.queryForObject("select count(*) from pengangkatan_riwayat where pengangkatan_id = ? and peristiwa = ?",
        Integer.class, appointmentId, peristiwa);
  }

  /** The instansi operator hands in these documents for the appointment. */
  ResponseEntity<Map> handIn(String appointmentId, List<String> types) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    for (String type : types) {
      parts.add(type, PertekFixtures.file(type + (type.equals("PAS_FOTO") ? ".jpg" : ".pdf"),
          type.equals("PAS_FOTO") ? PertekFixtures.JPEG : pdf(type + System.nanoTime())));
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(OPERATOR, "rahasia").postForEntity("/api/pengangkatan/" + appointmentId + "/dokumen",
        new HttpEntity<>(parts, headers), Map.class);
  }

  /** The period's nominative list of candidates waiting for the collective proposal, as the PPK downloads it. */
  String waitingList(String periodeId) {
    return rest.withBasicAuth(PPK, "rahasia").getForObject("/api/pengangkatan/" + periodeId
        + "/usul-kolektif/daftar-nominatif.csv?instansi=KabBatang", String.class);
  }

  /** The PPK sends a signed covering letter of this kind with the nominative list. */
  ResponseEntity<Map> sendCollective(String periodeId, String jenisAsn, String daftar) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("pengantar", new HttpEntity<>(Map.of("jenisAsn", jenisAsn, "nomorSurat", "800/" + periodeId,
        "tanggalSurat", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), TestClock.JAKARTA).toString(),
        "pejabatNama", "Bupati Batang", "pejabatNip", "197005121995031001", "pejabatJabatan", "Bupati Batang",
        "tingkatJabatan", "PPK"), json));
    parts.add("SURAT_PENGANTAR", PertekFixtures.file("surat.pdf", pdf("surat pengantar " + periodeId)));
    parts.add("DAFTAR_NOMINATIF", PertekFixtures.file("daftar.csv", daftar.getBytes(StandardCharsets.UTF_8)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(PPK, "rahasia").postForEntity("/api/pengangkatan/" + periodeId
        + "/usul-kolektif?instansi=KabBatang", new HttpEntity<>(parts, headers), Map.class);
  }

  ResponseEntity<Map> post(String appointmentId, String path, Map<String, Object> body) {
    return rest.withBasicAuth(OPERATOR, "rahasia").postForEntity("/api/pengangkatan/" + appointmentId + path, body,
        Map.class);
  }
}
