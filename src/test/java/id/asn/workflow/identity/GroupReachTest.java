package id.asn.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.demo.DemoUsers;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.support.WebappLogin;
import id.asn.workflow.engine.PertekTestClient;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What each group reaches in the engine, with real requests: process data through the engine REST API, the
 * webapps by signing in, user and authorization management. Task work per group is in {@link AccessTest}; four
 * eyes (whoever verified cannot sign) in PertekProcessTest.ServerSideChecks#whoeverVerifiedCannotSign; the webapps'
 * CSRF protection in {@link AccessTest#theWebappsKeepTheirCsrfProtection}; instansi isolation of /api in
 * UsulVisibilityApiTest and UsulHistoryTest.
 */
@AppTest
class GroupReachTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  private String usulId;
  private String instanceId;
  private String taskId;

  @BeforeEach
  void aUsulWaitsForVerification() {
    usulId = PertekTestClient.submitAndPreCheck(rest, runtimeService, managementService);
    instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(usulId).singleResult().getId();
    taskId = list("admin", "/engine-rest/task?processInstanceId=" + instanceId).get(0).get("id").toString();
  }

  @Nested
  class TheSupervisor {

    @Test
    void readsPertekInstancesTheirHistoryAndTasks() {
      assertThat(list("pengawas1", "/engine-rest/process-instance?processDefinitionKey=pertekNiCasn"))
          .extracting(i -> i.get("id")).contains(instanceId);
      assertThat(list("pengawas1", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + usulId))
          .extracting(i -> i.get("id")).containsExactly(instanceId);
      assertThat(list("pengawas1", "/engine-rest/task?processInstanceId=" + instanceId))
          .extracting(t -> t.get("id")).containsExactly(taskId);
    }

    @Test
    void cannotWorkOrChangeThem() {
      assertThat(send("pengawas1", HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "pengawas1")))
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(send("pengawas1", HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", Map.of()))
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(send("pengawas1", HttpMethod.PUT, "/engine-rest/process-instance/" + instanceId + "/variables/usulId",
          Map.of("value", "lain", "type", "String"))).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(send("pengawas1", HttpMethod.DELETE, "/engine-rest/process-instance/" + instanceId, null))
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isOne();
    }
  }

  @Nested
  class AnInstansiOperator {

    @Test
    void seesNoPertekProcessDataInTheEngine() {
      assertThat(list("operatorbatang", "/engine-rest/process-instance?processDefinitionKey=pertekNiCasn")).isEmpty();
      assertThat(list("operatorbatang", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + usulId)).isEmpty();
      assertThat(list("operatorbatang", "/engine-rest/task?processDefinitionKey=pertekNiCasn")).isEmpty();
      assertThat(list("operatorbatang", "/engine-rest/process-definition?key=pertekNiCasn")).isEmpty();
    }

    @Test
    void cannotDeleteTheUsulsProcess() {
      assertThat(send("operatorbatang", HttpMethod.DELETE, "/engine-rest/process-instance/" + instanceId, null).is4xxClientError())
          .isTrue();
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isOne();
    }
  }

  @Test
  void aVerifierSeesItsTaskButNotTheProcessInstances() {
    assertThat(list("pemroses1", "/engine-rest/task?processInstanceId=" + instanceId)).hasSize(1);
    assertThat(list("pemroses1", "/engine-rest/process-instance?processDefinitionKey=pertekNiCasn")).isEmpty();
    assertThat(send("pemroses1", HttpMethod.DELETE, "/engine-rest/process-instance/" + instanceId, null).is4xxClientError())
        .isTrue();
  }

  @Nested
  class Webapps {

    @ParameterizedTest(name = "{0} signs in to {1}: {2}")
    @CsvSource({
        "admin, admin, 200", "admin, cockpit, 200", "admin, tasklist, 200",
        "pengawas1, admin, 403", "pengawas1, cockpit, 200", "pengawas1, tasklist, 200",
        "pemroses1, admin, 403", "pemroses1, cockpit, 403", "pemroses1, tasklist, 200",
        "penandatangan1, cockpit, 403",
        "operatorbatang, admin, 403", "operatorbatang, cockpit, 403", "operatorbatang, tasklist, 200",
        "panitia1, admin, 403", "panitia1, cockpit, 403"})
    void eachGroupSignsInOnlyWhereItWorks(String user, String app, int status) {
      assertThat(WebappLogin.login(rest, user, DemoUsers.PASSWORD, app).status().value()).isEqualTo(status);
    }

    @Test
    void anOperatorSignedInToTasklistGetsNoCockpitData() {
      WebappLogin.Session tasklist = WebappLogin.login(rest, "operatorbatang", DemoUsers.PASSWORD, "tasklist");
      assertThat(tasklist.status()).isEqualTo(HttpStatus.OK);

      ResponseEntity<String> instances = tasklist.get(rest,
          "/camunda/api/engine/engine/default/history/process-instance?processDefinitionKey=pertekNiCasn", String.class);
      assertThat(instances.getBody()).isEqualTo("[]");
      ResponseEntity<String> statistics = tasklist.get(rest,
          "/camunda/api/engine/engine/default/process-definition/statistics", String.class);
      assertThat(statistics.getBody()).doesNotContain("pertekNiCasn");
    }

    @Test
    void onlyAnAdministratorManagesUsersAndGroupsInAdmin() {
      Map<String, Object> newUser = Map.of("profile", Map.of("id", "uji" + System.nanoTime() % 100_000, "firstName", "Uji",
          "lastName", "Saja"), "credentials", Map.of("password", "Rahasia-Uji-1"));
      WebappLogin.Session supervisor = WebappLogin.login(rest, "pengawas1", DemoUsers.PASSWORD, "cockpit");
      ResponseEntity<String> refused = supervisor.postJson(rest, "/camunda/api/engine/engine/default/user/create", newUser,
          String.class);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).as("refused for want of authorization, not for a missing XSRF token")
          .contains("'CREATE' permission on resource 'User'");
      assertThat(supervisor.postJson(rest, "/camunda/api/engine/engine/default/group/create",
          Map.of("id", "kelompokLiar", "name", "Liar"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

      WebappLogin.Session admin = WebappLogin.login(rest, "admin", DemoUsers.PASSWORD, "admin");
      assertThat(admin.postJson(rest, "/camunda/api/engine/engine/default/user/create", newUser, String.class)
          .getStatusCode().is2xxSuccessful()).isTrue();
    }

    @Test
    void theFirstRunSetupIsClosedOnceAnAdministratorExists() {
      // a browser on the Admin page, with its XSRF token, trying the setup that creates the first administrator
      ResponseEntity<String> setup = WebappLogin.anonymous(rest, "admin").postJson(rest,
          "/camunda/api/admin/setup/default/user/create",
          Map.of("profile", Map.of("id", "pengambilalih"), "credentials", Map.of("password", "x")), String.class);
      assertThat(setup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(setup.getBody()).contains("Setup action not available");
      assertThat(list("admin", "/engine-rest/user?id=pengambilalih")).isEmpty();
    }
  }

  @Nested
  class AuthorizationsUsersAndGroups {

    @Test
    void onlyAnAdministratorReadsOrGrantsAuthorizations() {
      assertThat(list("pengawas1", "/engine-rest/authorization")).isEmpty();
      assertThat(list("pemroses1", "/engine-rest/authorization?groupIdIn=timPemroses")).isEmpty();
      // pengawasKanreg granting itself everything on authorizations (resource type 4)
      Map<String, Object> grant = Map.of("type", 1, "permissions", List.of("ALL"), "groupId", "pengawasKanreg",
          "resourceType", 4, "resourceId", "*");
      assertThat(send("pengawas1", HttpMethod.POST, "/engine-rest/authorization/create", grant)).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(send("operatorbatang", HttpMethod.POST, "/engine-rest/authorization/create", grant))
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(list("admin", "/engine-rest/authorization?groupIdIn=pengawasKanreg")).isNotEmpty();
    }

    @Test
    void onlyAnAdministratorCreatesUsersOrChangesMemberships() {
      Map<String, Object> user = Map.of("profile", Map.of("id", "penyusup1", "firstName", "P", "lastName", "S"),
          "credentials", Map.of("password", "Rahasia-1"));
      assertThat(send("pengawas1", HttpMethod.POST, "/engine-rest/user/create", user)).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(send("pemroses1", HttpMethod.PUT, "/engine-rest/group/camunda-admin/members/pemroses1", null))
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(send("operatorbatang", HttpMethod.PUT, "/engine-rest/group/instansiKabPekalongan/members/operatorbatang",
          null)).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(list("admin", "/engine-rest/group?member=pemroses1")).extracting(g -> g.get("id"))
          .containsExactly(Groups.TIM_PEMROSES);
    }
  }

  private List<Map<String, Object>> list(String user, String url) {
    ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, DemoUsers.PASSWORD)
        .exchange(url, HttpMethod.GET, null, LIST);
    assertThat(response.getStatusCode()).as("GET %s as %s", url, user).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private HttpStatusCode send(String user, HttpMethod method, String url, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, DemoUsers.PASSWORD)
        .exchange(url, method, new HttpEntity<>(body, headers), String.class).getStatusCode();
  }
}
