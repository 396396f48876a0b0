package id.asn.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.demo.DemoUsers;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.engine.PertekTestClient;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who reaches what, with real HTTP requests against the engine REST API, the webapps' API and /api.
 * The Pertek tasks come from real usul submitted through the intake.
 */
@AppTest
class AccessTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired
  TestRestTemplate rest;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  org.camunda.bpm.engine.TaskService taskService;

  @Autowired
  org.camunda.bpm.engine.IdentityService identityService;

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, DemoUsers.PASSWORD);
  }

  @Nested
  class Anonymous {
    @Test
    void engineRestIsRefused() {
      assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void webappApiIsRefused() {
      assertThat(rest.getForEntity("/camunda/api/engine/engine/default/task/count", String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void applicationApiIsRefusedWithAProblemDetail() {
      ResponseEntity<String> response = rest.getForEntity("/api/usul-ni", String.class);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=\"asn-workflow\"");
      assertThat(response.getBody()).contains("HTTP Basic");
    }

    @Test
    void healthIsOpenForProbes() {
      assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void metricsAreNot() {
      assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode().is4xxClientError()).isTrue();
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    // a user of its own: failed logins delay that user's next logins, which must not touch the demo users
    if (identityService.createUserQuery().userId("salahsandi").count() == 0) {
      org.camunda.bpm.engine.identity.User user = identityService.newUser("salahsandi");
      user.setPassword("benar-sekali");
      identityService.saveUser(user);
    }
    assertThat(rest.withBasicAuth("salahsandi", "salah").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("salahsandi", "salah").getForEntity("/api/kalender/tahun", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Nested
  class Tasks {

    private String verificationTaskId;

    @BeforeEach
    void aUsulWaitsForVerification() {
      String usulId = PertekTestClient.submitAndPreCheck(rest, runtimeService, managementService);
      verificationTaskId = taskOf(usulId, "verifikasiUsul");
    }

    private String taskOf(String usulId, String key) {
      List<Map<String, Object>> tasks = as("admin").exchange(
          "/engine-rest/task?processInstanceBusinessKey=" + usulId + "&taskDefinitionKey=" + key, HttpMethod.GET, null, LIST)
          .getBody();
      assertThat(tasks).hasSize(1);
      return (String) tasks.get(0).get("id");
    }

    @Test
    void aVerifierSeesTheTaskButASignerDoesNot() {
      assertThat(as("pemroses1").exchange("/engine-rest/task/" + verificationTaskId, HttpMethod.GET, null, String.class)
          .getStatusCode()).isEqualTo(HttpStatus.OK);
      // the engine does not reveal a task the user may not read
      assertThat(as("penandatangan1").exchange("/engine-rest/task/" + verificationTaskId, HttpMethod.GET, null, String.class)
          .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      List<Map<String, Object>> signerQueue = as("penandatangan1").exchange(
          "/engine-rest/task?taskDefinitionKey=verifikasiUsul", HttpMethod.GET, null, LIST).getBody();
      assertThat(signerQueue).isEmpty();
    }

    @Test
    void aSignerCannotClaimOrCompleteAVerification() {
      assertThat(post("penandatangan1", "/engine-rest/task/" + verificationTaskId + "/claim", Map.of("userId", "penandatangan1"))
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post("penandatangan1", "/engine-rest/task/" + verificationTaskId + "/complete", completion("MS", null))
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aVerifierCanClaimButNotReassign() {
      assertThat(post("pemroses1", "/engine-rest/task/" + verificationTaskId + "/claim", Map.of("userId", "pemroses1"))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(post("pemroses1", "/engine-rest/task/" + verificationTaskId + "/assignee", Map.of("userId", "pemroses2"))
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aCompletionTheApplicationRefusesIsABadRequestInIndonesianWithoutTheEngineWrapper() {
      post("pemroses2", "/engine-rest/task/" + verificationTaskId + "/claim", Map.of("userId", "pemroses2"));
      ResponseEntity<Map> refused = as("pemroses2").postForEntity("/engine-rest/task/" + verificationTaskId
          + "/submit-form", json(completion("TMS", null)), Map.class);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      String message = (String) refused.getBody().get("message");
      assertThat(message).startsWith("Verifikasi tidak dapat diselesaikan").contains("wajib diisi untuk TMS")
          .doesNotContain("Cannot submit", verificationTaskId, "ENGINE-");
      // the supervisor sees in Cockpit, among the instance's variables, who was refused what and when
      String instanceId = taskService.createTaskQuery().taskId(verificationTaskId).singleResult().getProcessInstanceId();
      assertThat(runtimeService.getVariable(instanceId, "penolakanTerakhir")).asString()
          .contains("pemroses2 · Verifikasi berkas", "wajib diisi untuk TMS");
    }

    @Test
    void twoOfficersClaimingOneTaskAtOnceGetOneClaimAndOneSudahDiklaim() throws Exception {
      java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        List<java.util.concurrent.Future<ResponseEntity<Map>>> claims = pool.invokeAll(List.of("pemroses1", "pemroses2")
            .stream().map(user -> (java.util.concurrent.Callable<ResponseEntity<Map>>) () -> {
              together.await();
              return as(user).postForEntity("/engine-rest/task/" + verificationTaskId + "/claim",
                  json(Map.of("userId", user)), Map.class);
            }).toList());
        List<HttpStatus> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<ResponseEntity<Map>> claim : claims) {
          ResponseEntity<Map> response = claim.get();
          statuses.add(HttpStatus.valueOf(response.getStatusCode().value()));
          if (response.getStatusCode() == HttpStatus.CONFLICT) {
            assertThat((String) response.getBody().get("message")).contains("sudah diklaim").doesNotContain("ENGINE-");
          }
        }
        assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
      } finally {
        pool.shutdown();
      }
    }

    @Test
    void aCompletionWithoutAnOutcomeIsABadRequestWithTheReason() {
      post("pemroses2", "/engine-rest/task/" + verificationTaskId + "/claim", Map.of("userId", "pemroses2"));
      ResponseEntity<Map> refused = as("pemroses2").postForEntity("/engine-rest/task/" + verificationTaskId + "/complete",
          json(completion("BTS", null)), Map.class);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) refused.getBody().get("message")).contains("“Alasan untuk instansi” wajib diisi untuk BTS");
      assertThat(as("admin").exchange("/engine-rest/task/" + verificationTaskId, HttpMethod.GET, null, String.class)
          .getStatusCode()).as("the task is still open").isEqualTo(HttpStatus.OK);
    }

    @Test
    void nobodyButAnAdministratorStartsAPertekOutsideTheIntake() {
      ResponseEntity<String> verifier = post("pemroses1", "/engine-rest/process-definition/key/pertekNiCasn/start", Map.of());
      assertThat(verifier.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(verifier.getBody()).contains("CREATE");
      // an instansi operator does not even see the definition: usul go through /api/usul-ni and its checks
      assertThat(post("operatorbatang", "/engine-rest/process-definition/key/pertekNiCasn/start", Map.of()).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void recruitmentAndAppointmentsStartOnlyThroughTheirApi() {
      // an instance started through the engine would have no period or appointment record behind it
      for (String[] start : new String[][] {{"panitia1", "pengadaanPns"}, {"panitia1", "pengadaanPppk"},
          {"ppkbatang", "pengangkatanCpns"}, {"ppkbatang", "pengangkatanPppk"}}) {
        ResponseEntity<String> refused = post(start[0], "/engine-rest/process-definition/key/" + start[1] + "/start",
            Map.of());
        assertThat(refused.getStatusCode()).as("%s starting %s", start[0], start[1]).isEqualTo(HttpStatus.FORBIDDEN);
      }
    }
  }

  @Test
  void eachGroupSeesItsOwnTasklistFilter() {
    List<Map<String, Object>> filters = as("pemroses1").exchange("/engine-rest/filter", HttpMethod.GET, null, LIST).getBody();
    assertThat(filters).extracting(f -> f.get("name")).containsExactlyInAnyOrder("Tugas saya", "Verifikasi Usul NI");
    List<Map<String, Object>> signer = as("penandatangan2").exchange("/engine-rest/filter", HttpMethod.GET, null, LIST).getBody();
    assertThat(signer).extracting(f -> f.get("name")).containsExactlyInAnyOrder("Tugas saya", "Tanda Tangan Pertek");
  }

  @Test
  void theWebappsKeepTheirCsrfProtection() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>("username=pemroses1&password=rahasia", headers), String.class);
    assertThat(login.getStatusCode()).as("a login without the XSRF token of the page").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aTasklistSessionOpensDocumentsButCannotChangeAnything() {
    String usulId = PertekTestClient.submitAndPreCheck(rest, runtimeService, managementService);
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    String xsrf = page.getHeaders().getFirst("X-XSRF-TOKEN");
    String cookies = String.join("; ", page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .map(c -> c.split(";")[0]).toList());
    HttpHeaders login = new HttpHeaders();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    login.add("X-XSRF-TOKEN", xsrf);
    login.add(HttpHeaders.COOKIE, cookies);
    ResponseEntity<String> loggedIn = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>("username=pemroses1&password=rahasia", login), String.class);
    assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    String session = cookies;
    if (loggedIn.getHeaders().get(HttpHeaders.SET_COOKIE) != null) {
      session = String.join("; ", loggedIn.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
          .map(c -> c.split(";")[0]).toList());
    }
    HttpHeaders withSession = new HttpHeaders();
    withSession.add(HttpHeaders.COOKIE, session);

    ResponseEntity<byte[]> document = rest.exchange("/api/usul-ni/" + usulId + "/dokumen/IJAZAH", HttpMethod.GET,
        new HttpEntity<>(withSession), byte[].class);
    assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(document.getBody(), 0, 5)).isEqualTo("%PDF-");

    withSession.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.exchange("/api/kalender/libur/2025-10-07", HttpMethod.PUT,
        new HttpEntity<>(Map.of("jenis", "CUTI_BERSAMA"), withSession), String.class).getStatusCode())
        .as("a changing request needs HTTP Basic, not the session cookie").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<String> post(String user, String url, Map<String, Object> body) {
    return as(user).postForEntity(url, json(body), String.class);
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static Map<String, Object> completion(String hasil, String alasan) {
    Map<String, Object> variables = new java.util.HashMap<>();
    variables.put("hasilVerifikasi", Map.of("value", hasil, "type", "String"));
    if (alasan != null) {
      variables.put("alasanVerifikasi", Map.of("value", alasan, "type", "String"));
    }
    return Map.of("variables", variables);
  }
}
