package id.asn.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.demo.DemoUsers;
import id.asn.workflow.support.AppTest;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Login throttling by the engine's identity service (IdentityService#checkPassword, which /api, /engine-rest and the
 * webapps all call): a wrong password locks the account for loginDelayBase * loginDelayFactor^(n-1) seconds, during
 * which the right password is refused too; loginMaxAttempts failures in a row lock it until an administrator
 * unlocks it (application.yml). The engine's clock is set by the test, so that "for a while" is exact. Each test
 * has users of its own: a locked demo user would fail the tests that come after.
 */
@AppTest
class LoginThrottlingTest {

  private static final String PASSWORD = "Benar-Sekali-1";
  private static final Instant NOW = Instant.parse("2025-03-24T02:00:00Z");

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void freezeTheEnginesClock() {
    at(0);
  }

  @AfterEach
  void releaseTheClock() {
    ClockUtil.reset();
  }

  @Test
  void aWrongPasswordLocksTheAccountForThreeSecondsOnEveryDoor() {
    String user = newUser("kunci");

    assertThat(api(user, "salah")).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(lockExpiry(user)).isEqualTo(NOW.plusSeconds(3));

    assertThat(api(user, PASSWORD)).as("/api, right password while locked").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(engineRest(user, PASSWORD)).as("/engine-rest, right password while locked").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    at(4);
    assertThat(api(user, PASSWORD)).isEqualTo(HttpStatus.OK);
    assertThat(engineRest(user, PASSWORD)).isEqualTo(HttpStatus.OK);
    assertThat(attempts(user)).as("a successful login resets the count").isZero();
  }

  @Test
  void eachFailureDoublesTheLockUpToAMinute() {
    String user = newUser("tunda");
    long[] expected = {3, 6, 12, 24, 48, 60, 60};
    long elapsed = 0;
    for (long seconds : expected) {
      assertThat(engineRest(user, "salah")).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(lockExpiry(user)).isEqualTo(NOW.plusSeconds(elapsed + seconds));
      elapsed += seconds;
      at(elapsed);
    }
  }

  @Test
  void tenFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
    String user = newUser("blokir");
    long elapsed = 0;
    for (int failure = 1; failure <= 10; failure++) {
      // alternately through both doors, each try after the previous lock ran out
      assertThat(failure % 2 == 0 ? api(user, "tebakan" + failure) : engineRest(user, "tebakan" + failure))
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      elapsed += 61;
      at(elapsed);
    }
    at(elapsed + 24 * 3600);
    assertThat(api(user, PASSWORD)).as("a day later").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(engineRest(user, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(rest.withBasicAuth("admin", DemoUsers.PASSWORD).postForEntity("/engine-rest/user/" + user + "/unlock",
        HttpEntity.EMPTY, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(api(user, PASSWORD)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theRefusalDoesNotSayWhetherTheAccountExistsOrIsLocked() {
    String user = newUser("rahasia");
    api(user, "salah");

    Map<?, ?> locked = rest.withBasicAuth(user, PASSWORD).getForEntity("/api/kalender/tahun", Map.class).getBody();
    Map<?, ?> unknown = rest.withBasicAuth("tidakada" + user, PASSWORD).getForEntity("/api/kalender/tahun", Map.class).getBody();
    assertThat(locked.get("detail")).isEqualTo(unknown.get("detail")).asString().contains("dikunci sementara");
  }

  private String newUser(String prefix) {
    String id = prefix + Long.toString(System.nanoTime(), 36);
    User user = identityService.newUser(id);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    return id;
  }

  private void at(long secondsAfterNow) {
    ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(secondsAfterNow)));
  }

  private HttpStatusCode api(String user, String password) {
    return rest.withBasicAuth(user, password).getForEntity("/api/kalender/tahun", String.class).getStatusCode();
  }

  private HttpStatusCode engineRest(String user, String password) {
    return rest.withBasicAuth(user, password).getForEntity("/engine-rest/task", String.class).getStatusCode();
  }

  private Instant lockExpiry(String user) {
    return jdbc.sql("select LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?").param(user)
        .query(java.sql.Timestamp.class).single().toInstant();
  }

  private int attempts(String user) {
    return jdbc.sql("select ATTEMPTS_ from ACT_ID_USER where ID_ = ?").param(user).query(Integer.class).single();
  }
}
