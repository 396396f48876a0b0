package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import id.asn.workflow.support.RunningJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Starts the executable jar as production does and proves what it deploys: the BPMN and the forms together, so
 * Tasklist opens a task's Camunda Form (formRef, deployment binding) from the jar, and each decision table apart.
 */
class PackagedApplicationIT {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  private static RunningJar application;
  private static TestRestTemplate rest;
  private static Path log;

  @BeforeAll
  static void startTheJar() throws Exception {
    Path data = Files.createTempDirectory("asn-it-data");
    application = RunningJar.start(Map.of("DATA_DIR", data.toString()), "--spring.profiles.active=demo");
    rest = application.client();
    // a short verification standard, set as an administrator would, so the SLA timer's firing is observed here
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    assertThat(rest.withBasicAuth("admin", "rahasia").exchange("/api/sla/standar/pertekNiCasn/verifikasiUsul",
        HttpMethod.PUT, new HttpEntity<>("{\"nama\":\"Verifikasi dan konsep Pertek\",\"standarDetik\":4}", json),
        String.class).getStatusCode().value()).isEqualTo(200);
    log = application.log();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void oneDeploymentHoldsEveryProcessAndFormAndEachDecisionTableHasItsOwn() {
    TestRestTemplate admin = rest.withBasicAuth("admin", "rahasia");
    List<Map<String, Object>> deployments = admin.exchange("/engine-rest/deployment", HttpMethod.GET, null, LIST).getBody();
    List<Map<String, Object>> shared = deployments.stream().filter(d -> !((String) d.get("name")).startsWith("aturan/"))
        .toList();
    assertThat(shared).hasSize(1);
    List<Map<String, Object>> resources = admin.exchange(
        "/engine-rest/deployment/" + shared.get(0).get("id") + "/resources", HttpMethod.GET, null, LIST).getBody();
    assertThat(resources).extracting(r -> (String) r.get("name"))
        .anyMatch(n -> n.endsWith("pertek-ni-casn.bpmn"))
        .anyMatch(n -> n.endsWith("verifikasi-usul.form"))
        .anyMatch(n -> n.endsWith("tanda-tangan-pertek.form"))
        .noneMatch(n -> n.endsWith(".dmn"));
    assertThat(deployments).extracting(d -> (String) d.get("name")).contains("aturan/golongan-ruang.dmn");
  }

  @Test
  void aVerifierOpensTheCamundaFormOfTheTask() throws Exception {
    String usulId = PertekFixtures.submit(rest, PertekFixtures.Candidate.pns());
    TestRestTemplate verifier = rest.withBasicAuth("pemroses1", "rahasia");
    List<Map<String, Object>> tasks = List.of();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (tasks.isEmpty() && Instant.now().isBefore(deadline)) {
      // the pre-check is an asynchronous step that the jar's job executor runs
      tasks = verifier.exchange("/engine-rest/task?processInstanceBusinessKey=" + usulId, HttpMethod.GET, null, LIST)
          .getBody();
      Thread.sleep(300);
    }
    assertThat(tasks).as("verification task for %s; log: %s", usulId, log).hasSize(1);
    String form = verifier.getForObject("/engine-rest/task/" + tasks.get(0).get("id") + "/deployed-form", String.class);
    assertThat(form).contains("\"id\": \"verifikasi-usul\"", "hasilVerifikasi");
    Map<?, ?> variables = verifier.getForObject("/engine-rest/task/" + tasks.get(0).get("id") + "/form-variables",
        Map.class);
    assertThat(variables.get("ringkasanUsul").toString()).contains("Siti Aminah");
  }

  @Test
  void theJobExecutorFiresAnSlaTimerWithinSecondsOfItsDueTime() throws Exception {
    String usulId = PertekFixtures.submit(rest, PertekFixtures.Candidate.pns());
    TestRestTemplate supervisor = rest.withBasicAuth("pengawas1", "rahasia");
    Map<String, Object> breach = null;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (breach == null && Instant.now().isBefore(deadline)) {
      breach = supervisor.exchange("/api/sla/pelanggaran", HttpMethod.GET, null, LIST).getBody().stream()
          .filter(b -> usulId.equals(b.get("usulId")))
          .findFirst().orElse(null);
      Thread.sleep(250);
    }
    assertThat(breach).as("breach of %s recorded; log: %s", usulId, log).isNotNull();
    Duration late = Duration.between(Instant.parse((String) breach.get("batas")), Instant.parse((String) breach.get("dicatat")));
    assertThat(late).as("timer fired %s after its due time", late).isBetween(Duration.ZERO, Duration.ofSeconds(5));
  }

}
