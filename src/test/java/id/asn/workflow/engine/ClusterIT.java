package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.RunningJar;
import id.asn.workflow.support.TestPostgres;
import id.asn.workflow.engine.PertekFixtures.Candidate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two application nodes (two engines, two job executors) on one PostgreSQL, worked at the same time:
 * every usul ends once, and the Nomor Induk of one prefix are unique and gap-free across the nodes.
 */
class ClusterIT {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  private static final int USUL = 24;

  private static final List<RunningJar> nodes = new ArrayList<>();
  private static final List<TestRestTemplate> clients = new ArrayList<>();
  private static final List<Path> logs = new ArrayList<>();

  @BeforeAll
  static void startTwoNodes() throws Exception {
    String database = TestPostgres.freshDatabase();
    // documents live on storage both nodes mount (a network share in production)
    Path shared = Files.createTempDirectory("asn-cluster-data");
    Map<String, String> environment = Map.of("DB_URL", database, "DB_USER", TestPostgres.user(), "DB_PASSWORD", "",
        "DATA_DIR", shared.toString());
    for (int i = 0; i < 2; i++) {
      // one node at a time: the first creates the schema, as one migration step would in production
      RunningJar node = RunningJar.start(environment, "--spring.profiles.active=demo,postgres");
      nodes.add(node);
      clients.add(node.client());
      logs.add(node.log());
    }
  }

  @AfterAll
  static void stopNodes() throws InterruptedException {
    for (RunningJar node : nodes) {
      node.close();
    }
  }

  private static TestRestTemplate node(int i, String user) {
    return clients.get(i % 2).withBasicAuth(user, "rahasia");
  }

  @Test
  void usulWorkedOnBothNodesGetUniqueGapFreeNumbersAndEndOnce() throws Exception {
    // one birth date, TMT and gender: every number competes for the same 15-digit prefix
    LocalDate birth = LocalDate.of(1995, 8, 20);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < USUL; i++) {
      Candidate candidate = new Candidate("PNS", birth, "L", LocalDate.of(2026, 1, 1), "S1",
          "Pranata Komputer Ahli Pertama", PertekFixtures.uniqueNumber());
      ids.add(PertekFixtures.submit(clients.get(i % 2), candidate));
    }

    ExecutorService officers = Executors.newFixedThreadPool(4);
    List<Future<?>> work = new ArrayList<>();
    String[][] staff = {{"pemroses1", "penandatangan1"}, {"pemroses2", "penandatangan2"}};
    for (int t = 0; t < 4; t++) {
      int officer = t;
      work.add(officers.submit(() -> {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline) && !allDone(ids)) {
          workOne(officer, "verifikasiUsul", staff[officer % 2][0], Map.of("hasilVerifikasi", value("MS")));
          workOne(officer + 1, "tandaTanganPertek", staff[(officer + 1) % 2][1],
              Map.of("keputusanPenandatanganan", value("SETUJU")));
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get(5, TimeUnit.MINUTES);
    }
    officers.shutdown();
    assertThat(allDone(ids)).as("all usul SELESAI; logs: %s", logs).isTrue();

    List<Integer> sequences = new ArrayList<>();
    for (String id : ids) {
      Map<?, ?> usul = node(0, "operatorbatang").getForObject("/api/usul-ni/" + id, Map.class);
      String nomor = (String) usul.get("nomorInduk");
      assertThat(nomor).startsWith("19950820" + "202601" + "1");
      sequences.add(Integer.parseInt(nomor.substring(15)));
    }
    assertThat(sequences).doesNotHaveDuplicates();
    assertThat(sequences).containsExactlyInAnyOrderElementsOf(
        java.util.stream.IntStream.rangeClosed(1, USUL).boxed().toList());

    // each issuing job ran once: one "Pertek terbit" notification per usul, whichever node ran it
    Map<String, Object> page = node(1, "operatorbatang").exchange("/api/notifikasi?size=100", HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() {}).getBody();
    List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
    for (String id : ids) {
      assertThat(items).filteredOn(n -> id.equals(n.get("usulId")) && "PERTEK_TERBIT".equals(n.get("jenis")))
          .as("notifications of %s", id).hasSize(1);
    }
  }

  private static Map<String, Object> value(String v) {
    return Map.of("value", v, "type", "String");
  }

  /** Takes one open task of the kind on a node, as an officer would: claim (a race lost is fine), complete. */
  private static void workOne(int nodeIndex, String key, String user, Map<String, Object> variables) {
    TestRestTemplate client = node(nodeIndex, user);
    List<Map<String, Object>> tasks = client.exchange("/engine-rest/task?taskDefinitionKey=" + key + "&unassigned=true"
        + "&maxResults=3", HttpMethod.GET, null, LIST).getBody();
    if (tasks == null || tasks.isEmpty()) {
      sleep();
      return;
    }
    String taskId = (String) tasks.get((int) (Math.random() * tasks.size())).get("id");
    ResponseEntity<String> claim = client.postForEntity("/engine-rest/task/" + taskId + "/claim", json(Map.of("userId", user)),
        String.class);
    if (claim.getStatusCode() != HttpStatus.NO_CONTENT) {
      return; // another officer took it first
    }
    ResponseEntity<String> done = client.postForEntity("/engine-rest/task/" + taskId + "/complete",
        json(Map.of("variables", variables)), String.class);
    if (!done.getStatusCode().is2xxSuccessful()) {
      // the same officer completing one task twice at once (two threads share a demo user): the engine refuses
      // the later one (optimistic locking, the task or its execution gone, or its authorizations already
      // removed with it), and the usul must still end exactly once
      assertThat(done.getBody()).as("complete %s", key)
          .containsAnyOf("concurrently", "permintaan lain", "Cannot find task", "does not have one of the following");
    }
  }

  private static boolean allDone(List<String> ids) {
    for (String id : ids) {
      Map<?, ?> usul = node(0, "operatorbatang").getForObject("/api/usul-ni/" + id, Map.class);
      if (!"SELESAI".equals(usul.get("status"))) {
        return false;
      }
    }
    return true;
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
