package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.identity.Groups;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Workforce planning as an instansi uses it through the API. Every test gets an instansi of its own (a new
 * operator group with the grants the provisioner gives instansi groups), so that plannings of the same year
 * never collide in the shared test database.
 */
public final class KebutuhanTestClient {

  public static final String PASSWORD = "rahasia";
  public static final int TAHUN = 2026;
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private KebutuhanTestClient() {}

  /** A new instansi, e.g. KabUji3, with one operator, e.g. opkabuji3. */
  public static String newInstansi(ProcessEngine engine, String prefix) {
    String code = prefix + SEQUENCE.incrementAndGet();
    IdentityService identity = engine.getIdentityService();
    String groupId = Groups.instansiGroup(code);
    Group group = identity.newGroup(groupId);
    group.setName("Pemerintah " + code);
    group.setType("INSTANSI");
    identity.saveGroup(group);
    User user = identity.newUser(operator(code));
    user.setPassword(PASSWORD);
    user.setFirstName("Operator");
    user.setLastName(code);
    identity.saveUser(user);
    identity.createMembership(user.getId(), groupId);
    // the application gives a new instansi group its grants and its queue as it is saved (NewGroupSetupPlugin)
    return code;
  }

  public static String operator(String instansi) {
    return "op" + instansi.toLowerCase(Locale.ROOT);
  }

  public static TestRestTemplate as(TestRestTemplate rest, String user) {
    return rest.withBasicAuth(user, PASSWORD);
  }

  public static ResponseEntity<String> start(TestRestTemplate rest, String instansi, int tahun) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(rest, operator(instansi)).postForEntity("/api/kebutuhan/" + tahun, new HttpEntity<>("{}", headers), String.class);
  }

  public static ResponseEntity<String> importCsv(TestRestTemplate rest, String instansi, int tahun, String jenis, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    return as(rest, operator(instansi)).postForEntity("/api/kebutuhan/" + tahun + "/" + jenis,
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
  }

  /** The demo sample of Kabupaten Batang: 6 units, 13 positions, 39 tasks, 17 staff at 31 December 2025. */
  public static String demo(String jenis) {
    try (InputStream in = new ClassPathResource("demo/kebutuhan-kab-batang/" + jenis + ".csv").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Started and filled with the demo sample. */
  public static void startWithDemoData(TestRestTemplate rest, String instansi, int tahun) {
    assertThat(start(rest, instansi, tahun).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    importDemo(rest, instansi, tahun);
  }

  /** The demo sample imported into a started planning of {@link #TAHUN}. */
  public static void startWithDemoDataImports(TestRestTemplate rest, String instansi) {
    importDemo(rest, instansi, TAHUN);
  }

  public static void importDemo(TestRestTemplate rest, String instansi, int tahun) {
    for (String jenis : new String[] {"unit-organisasi", "jabatan", "beban-kerja", "pegawai"}) {
      ResponseEntity<String> imported = importCsv(rest, instansi, tahun, jenis, demo(jenis));
      assertThat(imported.getStatusCode()).as("%s: %s", jenis, imported.getBody()).isEqualTo(HttpStatus.OK);
    }
  }
}
