package id.asn.workflow.engine;

import static id.asn.workflow.recruitment.SeleksiTestClient.imported;
import static id.asn.workflow.recruitment.SeleksiTestClient.json;
import static id.asn.workflow.recruitment.SeleksiTestClient.newInstansi;
import static id.asn.workflow.recruitment.SeleksiTestClient.open;
import static id.asn.workflow.recruitment.SeleksiTestClient.peserta;
import static id.asn.workflow.recruitment.SeleksiTestClient.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.recruitment.RecruitmentRankingTestData;
import id.asn.workflow.support.RunningJar;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An administrator adds a year to a decision table without a release, as docs/rules.md tells them: a new version
 * of ambang-batas-skd.dmn with 2025 rows, deployed through the engine REST as camunda-admin, ranks a 2025 period
 * at once and still does after the next release starts on the same database (here: the same jar with one more
 * process, so that the processes' deployment changes as a release's does); the change is in the rules' history with
 * who made it. Nobody else may deploy.
 */
class DecisionTableAdministrationIT {

  /** A process the next release adds. */
  private static final String NEXT_RELEASE_PROCESS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_RilisBerikut"
          targetNamespace="http://asn.id/workflow/uji">
        <bpmn:process id="rilisBerikut" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="StartEvent_RilisBerikut" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  /** 2025 rows copied from 2024's, with a general-category TWK minimum of 60 instead of 65 to show they are used. */
  static String withYear2025() throws Exception {
    String shipped = Files.readString(Path.of("processes/ambang-batas-skd.dmn"));
    Matcher rules = Pattern.compile("\\s*<rule id=\"Rule_\\w+2024\">.*?</rule>", Pattern.DOTALL).matcher(shipped);
    StringBuilder added = new StringBuilder();
    while (rules.find()) {
      String rule = rules.group().replace("2024", "2025");
      if (rule.contains("Rule_Umum2025")) {
        rule = rule.replace("TWK ≥ 65", "TWK ≥ 60").replace(">65<", ">60<");
      }
      added.append(rule);
    }
    assertThat(added).as("the 2024 rows").contains("Rule_Umum2025", "TWK ≥ 60");
    return shipped.replace("\n    </decisionTable>", added + "\n    </decisionTable>");
  }

  /** The auto-deployment's patterns as the built application.yml has them, so that a DMN pattern put back shows. */
  private static String shippedPatterns() throws Exception {
    List<String> lines;
    try (InputStream yml = DecisionTableAdministrationIT.class.getResourceAsStream("/application.yml")) {
      lines = new String(yml.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    int start = lines.indexOf("    deployment-resource-pattern:");
    assertThat(start).as("application.yml lists the auto-deployment's patterns").isPositive();
    return lines.stream().skip(start + 1).takeWhile(line -> line.startsWith("      - "))
        .map(line -> line.substring("      - ".length()).strip()).collect(Collectors.joining(","));
  }

  private static ResponseEntity<String> deploy(TestRestTemplate rest, String user, String table) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "ambang-batas-skd 2025");
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("ambang-batas-skd.dmn", new ByteArrayResource(table.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "ambang-batas-skd.dmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "rahasia").postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(parts, headers), String.class);
  }

  /** A 2025 period with the ranking test's applicants: F has TWK 64, short of 2024's 65 but not of 60. */
  private static JsonNode skdOf2025Period(TestRestTemplate rest) {
    String periode = open(rest, newInstansi("KabAturan"), 2025);
    imported(rest, periode, "formasi", RecruitmentRankingTestData.FORMASI);
    imported(rest, periode, "pelamar", RecruitmentRankingTestData.PELAMAR);
    imported(rest, periode, "nilai-skd", RecruitmentRankingTestData.SKD);
    return result(rest, periode, "hasil-skd");
  }

  private static void assertTheAdministratorsRowRanks(TestRestTemplate rest) {
    JsonNode hasil = skdOf2025Period(rest);
    assertThat(peserta(hasil, "F").get("alasan").asText()).as("F meets 2025's TWK ≥ 60")
        .doesNotContain("tidak memenuhi nilai ambang batas");
    assertThat(peserta(hasil, "H").get("alasan").asText()).as("H, TWK 50, still does not")
        .isEqualTo("tidak memenuhi nilai ambang batas kategori UMUM: TWK 50 < 60");
  }

  @Test
  void aYearAddedThroughTheEngineRestIsUsedAtOnceAndAfterARestart() throws Exception {
    Path data = Files.createTempDirectory("asn-it-aturan");
    Map<String, String> environment = Map.of("DATA_DIR", data.toString());
    String table = withYear2025();
    try (RunningJar application = RunningJar.start(environment, "--spring.profiles.active=demo")) {
      TestRestTemplate rest = application.client();
      assertThat(deploy(rest, "pengawas1", table).getStatusCode().value()).as("a supervisor may not deploy")
          .isEqualTo(403);
      assertThat(deploy(rest, "operatorbatang", table).getStatusCode().value()).as("an instansi operator may not deploy")
          .isEqualTo(403);
      ResponseEntity<String> deployed = deploy(rest, "admin", table);
      assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);

      assertTheAdministratorsRowRanks(rest);

      JsonNode history = json(rest.withBasicAuth("pengawas1", "rahasia")
          .getForEntity("/api/aturan/riwayat", String.class).getBody());
      JsonNode latest = history.get(0);
      assertThat(latest.get("decision").asText()).isEqualTo("ambangBatasSkd");
      assertThat(latest.get("version").asInt()).isEqualTo(2);
      assertThat(latest.get("deployedBy").asText()).isEqualTo("admin");
      assertThat(latest.get("deploymentName").asText()).isEqualTo("ambang-batas-skd 2025");
      assertThat(latest.get("changes").toString()).contains("Rule_Umum2025", "DITAMBAH", "TWK ≥ 60")
          .doesNotContain("DIHAPUS", "DIUBAH");
      assertThat(rest.withBasicAuth("operatorbatang", "rahasia").getForEntity("/api/aturan/riwayat", String.class)
          .getStatusCode().value()).isEqualTo(403);
    }
    Path release = Files.createTempDirectory("asn-it-rilis");
    Files.writeString(release.resolve("rilis-berikut.bpmn"), NEXT_RELEASE_PROCESS);
    try (RunningJar restarted = RunningJar.start(environment, "--spring.profiles.active=demo",
        "--camunda.bpm.deployment-resource-pattern=" + shippedPatterns() + ",file:" + release + "/*.bpmn")) {
      JsonNode released = json(restarted.client().withBasicAuth("admin", "rahasia")
          .getForEntity("/engine-rest/process-definition/key/rilisBerikut", String.class).getBody());
      assertThat(released.get("key").asText()).as("the release's processes were deployed again").isEqualTo("rilisBerikut");
      assertTheAdministratorsRowRanks(restarted.client());
      JsonNode decision = json(restarted.client().withBasicAuth("admin", "rahasia")
          .getForEntity("/engine-rest/decision-definition/key/ambangBatasSkd", String.class).getBody());
      assertThat(decision.get("version").asInt()).as("the shipped table was not put back on top").isEqualTo(2);
    }
  }
}
