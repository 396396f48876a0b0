package id.asn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.workflow.engine.KebutuhanTestClient;
import id.asn.workflow.recruitment.PengadaanProcess;
import id.asn.workflow.recruitment.RecruitmentRankingTestData;
import id.asn.workflow.workforce.KebutuhanProcess;
import id.asn.workflow.recruitment.SeleksiTestClient;
import id.asn.workflow.support.AppTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The upload page: a committee member signed in to Tasklist sends a CSV from the browser, sees it accepted at once
 * and then its outcome, or every bad line; the session may write only with its own token.
 */
@AppTest
class UploadPageTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  private String periode;
  private HttpHeaders panitia;
  private String tasklistToken;

  @BeforeEach
  void setUp() throws Exception {
    periode = SeleksiTestClient.open(rest, SeleksiTestClient.newInstansi("KabUnggah"), 2024);
    SeleksiTestClient.imported(rest, periode, "formasi", RecruitmentRankingTestData.FORMASI);
    panitia = signedInToTasklist();
  }

  /** The committee member's browser after signing in to Tasklist, with the token the upload page fetches. */
  private HttpHeaders signedInToTasklist() throws Exception {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    form.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
    form.add(HttpHeaders.COOKIE, cookies(page));
    ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>("username=" + SeleksiTestClient.PANITIA + "&password=" + SeleksiTestClient.PASSWORD, form),
        String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    HttpHeaders session = new HttpHeaders();
    session.add(HttpHeaders.COOKIE, login.getHeaders().containsKey(HttpHeaders.SET_COOKIE) ? cookies(login)
        : cookies(page));
    // Tasklist's first request after sign-in gets the new session's token, as the browser's does
    HttpHeaders fetch = new HttpHeaders();
    fetch.addAll(session);
    fetch.add("X-XSRF-TOKEN", "Fetch");
    ResponseEntity<String> engines = rest.exchange("/camunda/api/engine/engine/", HttpMethod.GET,
        new HttpEntity<>(fetch), String.class);
    tasklistToken = engines.getHeaders().getFirst("X-XSRF-TOKEN");
    ResponseEntity<String> token = rest.exchange("/api/impor/token", HttpMethod.GET, new HttpEntity<>(session),
        String.class);
    assertThat(token.getStatusCode()).as(token.getBody()).isEqualTo(HttpStatus.OK);
    session.add("X-XSRF-TOKEN", JSON.readTree(token.getBody()).get("token").asText());
    return session;
  }

  private static String cookies(ResponseEntity<?> response) {
    return String.join("; ", response.getHeaders().get(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";")[0])
        .toList());
  }

  @Test
  void theTasklistSessionOpensThePageAndGetsItsToken() throws Exception {
    ResponseEntity<String> page = rest.exchange("/impor?ke=/api/seleksi/" + periode + "/pelamar", HttpMethod.GET,
        new HttpEntity<>(panitia), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Unggah berkas CSV", "/api/impor/token", "X-XSRF-TOKEN");
    assertThat(page.getHeaders().get(HttpHeaders.SET_COOKIE)).as("the Tasklist session keeps its id").isNull();
    assertThat(panitia.getFirst("X-XSRF-TOKEN")).as("the token Tasklist holds").isEqualTo(tasklistToken)
        .matches("[0-9A-F]{32}");
  }

  @Test
  void anImportSentFromThePageIsAcceptedAtOnceAndEndsWithItsOutcome() throws Exception {
    ResponseEntity<String> accepted = upload(panitia, "/api/seleksi/" + periode + "/pelamar/latar",
        RecruitmentRankingTestData.PELAMAR);
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    URI location = accepted.getHeaders().getLocation();
    assertThat(location.getPath()).startsWith("/api/impor/");

    JsonNode job = awaitEnd(panitia, location.getPath());
    assertThat(job.get("status").asText()).isEqualTo("SELESAI");
    assertThat(job.get("jenis").asText()).isEqualTo("pelamar");
    assertThat(job.get("hasil").get("jumlahBaris").asInt()).isEqualTo(14);
    assertThat(SeleksiTestClient.result(rest, periode, "hasil-administrasi").toString()).contains("\"nomorPeserta\"");
  }

  @Test
  void aBadFileEndsRefusedWithEveryBadLineAndOnlyItsSenderSeesIt() throws Exception {
    ResponseEntity<String> accepted = upload(panitia, "/api/seleksi/" + periode + "/pelamar/latar", """
        nomorPeserta,nik,nama,tanggalLahir,jenisKelamin,pendidikan,kodeFormasi,kategori,tanggalMelamar
        A,3325010101950001,Ayu,1995-05-05,P,S1,F1,UMUM,2024-09-01
        B,33250101,Bima,1995-05-05,P,S1,F1,UMUM,2024-09-01
        """);
    String location = accepted.getHeaders().getLocation().getPath();

    JsonNode job = awaitEnd(panitia, location);
    assertThat(job.get("status").asText()).isEqualTo("DITOLAK");
    assertThat(job.get("masalah").get("status").asInt()).isEqualTo(400);
    assertThat(job.get("masalah").get("baris").toString())
        .contains("{\"baris\":3,\"kolom\":\"nik\",\"alasan\":\"harus 16 angka\"}");
    assertThat(SeleksiTestClient.result(rest, periode, "hasil-administrasi").get("formasi")).isEmpty();

    ResponseEntity<String> other = rest.withBasicAuth("operatorbatang", "rahasia").getForEntity(location, String.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(other.getBody()).contains("hanya pengirimnya");
  }

  @Test
  void theSessionWithoutItsTokenCannotImport() {
    HttpHeaders withoutToken = new HttpHeaders();
    withoutToken.add(HttpHeaders.COOKIE, panitia.getFirst(HttpHeaders.COOKIE));
    assertThat(upload(withoutToken, "/api/seleksi/" + periode + "/pelamar/latar", RecruitmentRankingTestData.PELAMAR)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    HttpHeaders wrongToken = new HttpHeaders();
    wrongToken.add(HttpHeaders.COOKIE, panitia.getFirst(HttpHeaders.COOKIE));
    wrongToken.add("X-XSRF-TOKEN", "0".repeat(32));
    assertThat(upload(wrongToken, "/api/seleksi/" + periode + "/pelamar/latar", RecruitmentRankingTestData.PELAMAR)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aPlanningImportRunsInTheBackgroundForABrowserSignedInByBasic() throws Exception {
    String instansi = KebutuhanTestClient.newInstansi(engine, "KabUnggah");
    assertThat(KebutuhanTestClient.start(rest, instansi, 2026).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    HttpHeaders basic = new HttpHeaders();
    basic.setBasicAuth(KebutuhanTestClient.operator(instansi), KebutuhanTestClient.PASSWORD);

    ResponseEntity<String> accepted = upload(basic, "/api/kebutuhan/2026/unit-organisasi/latar",
        KebutuhanTestClient.demo("unit-organisasi"));
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);

    JsonNode job = awaitEnd(basic, accepted.getHeaders().getLocation().getPath());
    assertThat(job.get("status").asText()).isEqualTo("SELESAI");
    assertThat(job.get("hasil").get("jumlahBaris").asInt()).isEqualTo(6);
  }

  @Test
  void theTasksThatAskForDataLinkToTheUploadPageInANewTab() {
    String recruitment = (String) engine.getRuntimeService().getVariable(engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceBusinessKey(periode).singleResult().getId(),
        PengadaanProcess.VAR_RINGKASAN);
    assertThat(recruitment).contains("<a href=\"/impor?ke=/api/seleksi/" + periode + "/pelamar\" target=\"_blank\">pelamar</a>",
        "/impor?ke=/api/seleksi/" + periode + "/nilai-skd\"");

    String instansi = KebutuhanTestClient.newInstansi(engine, "KabTautan");
    assertThat(KebutuhanTestClient.start(rest, instansi, 2026).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String planning = (String) engine.getRuntimeService().getVariable(engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceBusinessKey(instansi + "-2026").singleResult().getId(),
        KebutuhanProcess.VAR_RINGKASAN_PENYUSUNAN);
    assertThat(planning).contains("<a href=\"/impor?ke=/api/kebutuhan/2026/unit-organisasi\" target=\"_blank\">",
        "/impor?ke=/api/kebutuhan/2026/pegawai\"");
  }

  @Test
  void aFormBodyWhoseParameterNamesTheFirewallRefusesIsTheCallersMistake() {
    HttpHeaders form = new HttpHeaders();
    form.setBasicAuth(SeleksiTestClient.PANITIA, SeleksiTestClient.PASSWORD);
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> refused = rest.exchange("/api/seleksi/" + periode + "/pelamar", HttpMethod.POST,
        new HttpEntity<>("%01%02%ff=1".getBytes(StandardCharsets.ISO_8859_1), form), String.class);
    // no mapping condition reads the parameters, so the firewall's refusal never becomes a 500 (BadInputFuzzTest)
    assertThat(refused.getStatusCode().is4xxClientError()).as(refused.getBody()).isTrue();
  }

  private ResponseEntity<String> upload(HttpHeaders headers, String url, String csv) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "berkas.csv";
      }
    });
    HttpHeaders multipart = new HttpHeaders();
    multipart.addAll(headers);
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange(url, HttpMethod.POST, new HttpEntity<>(parts, multipart), String.class);
  }

  private JsonNode awaitEnd(HttpHeaders headers, String location) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      ResponseEntity<String> state = rest.exchange(location, HttpMethod.GET, new HttpEntity<>(headers), String.class);
      assertThat(state.getStatusCode()).as(state.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode job = JSON.readTree(state.getBody());
      if (!"DIPROSES".equals(job.get("status").asText()) || Instant.now().isAfter(giveUp)) {
        return job;
      }
      Thread.sleep(100);
    }
  }
}
