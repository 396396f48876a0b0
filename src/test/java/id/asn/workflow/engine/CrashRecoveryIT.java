package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.RunningJar;
import id.asn.workflow.support.TestPostgres;
import id.asn.workflow.engine.PertekFixtures.Candidate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A node killed (SIGKILL, as a power cut) while a batch of usul is being verified, numbered, drafted and signed,
 * then started again on the same PostgreSQL and document directory: every usul ends exactly once, with one
 * Nomor Induk and one Pertek number each (unique, gap-free), one signature per Pertek, one notification, and no
 * document file that nothing points at.
 */
class CrashRecoveryIT {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  private static final int USUL = 20;
  private static final LocalDate BIRTH = LocalDate.of(1994, 3, 9);

  private final List<RunningJar> started = new ArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    for (RunningJar node : started) {
      node.close();
    }
  }

  @Test
  void everyUsulEndsExactlyOnceAfterANodeIsKilledMidBatch() throws Exception {
    String database = TestPostgres.freshDatabase();
    Path data = Files.createTempDirectory("asn-crash-data");
    Map<String, String> environment = Map.of("DB_URL", database, "DB_USER", TestPostgres.user(), "DB_PASSWORD", "",
        "DATA_DIR", data.toString(),
        // a file of a transaction the kill cut off is swept within seconds here (an hour in production)
        "DOKUMEN_YATIM_TENGGANG", "PT5S", "DOKUMEN_YATIM_JEDA", "PT2S");
    // jobs the dead node had locked are taken over after the lock time: 15 s here instead of 5 minutes
    String[] arguments = {"--spring.profiles.active=demo,postgres",
        "--camunda.bpm.job-execution.lock-time-in-millis=15000"};
    RunningJar first = start(environment, arguments);

    List<String> ids = new ArrayList<>();
    for (int i = 0; i < USUL; i++) {
      ids.add(PertekFixtures.submit(first.client(), new Candidate("PNS", BIRTH, "P", LocalDate.of(2026, 2, 1), "S1",
          "Analis Kebijakan Ahli Pertama", PertekFixtures.uniqueNumber())));
    }

    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService officers = Executors.newFixedThreadPool(2);
    List<Future<?>> work = List.of(
        officers.submit(() -> workUntil(first.client(), 1, ids, killed, Duration.ofMinutes(3))),
        officers.submit(() -> workUntil(first.client(), 2, ids, killed, Duration.ofMinutes(3))));
    // kill as soon as a few usul are done, while the rest are somewhere between verification and signature
    JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database, TestPostgres.user(), ""));
    Instant patience = Instant.now().plus(Duration.ofMinutes(3));
    while (countDone(jdbc) < USUL / 4 && Instant.now().isBefore(patience)) {
      Thread.sleep(20);
    }
    killed.set(true); // first: the officers take the failures that follow for the kill, not for a fault
    first.kill();
    for (Future<?> f : work) {
      f.get(1, TimeUnit.MINUTES);
    }
    // the dead node's last commits are all there is: the batch was cut in the middle
    assertThat(countDone(jdbc)).as("killed mid-batch, not before or after it").isBetween(1, USUL - 1);

    RunningJar second = start(environment, arguments);
    // both officers again: each finds first the task they held when the node died
    ExecutorService afterRestart = Executors.newFixedThreadPool(2);
    List<Future<Void>> finishing = List.of(
        afterRestart.submit(() -> workUntil(second.client(), 1, ids, new AtomicBoolean(), Duration.ofMinutes(4))),
        afterRestart.submit(() -> workUntil(second.client(), 2, ids, new AtomicBoolean(), Duration.ofMinutes(4))));
    for (Future<Void> f : finishing) {
      f.get(5, TimeUnit.MINUTES);
    }
    afterRestart.shutdown();
    assertThat(countDone(second.client(), ids)).as("every usul SELESAI; logs %s %s", first.log(), second.log())
        .isEqualTo(USUL);

    assertThat(jdbc.sql("select count(*) from usul_ni").query(Integer.class).single()).isEqualTo(USUL);
    assertThat(jdbc.sql("select count(*) from act_hi_procinst where proc_def_key_ = 'pertekNiCasn' and end_time_ is not null")
        .query(Integer.class).single()).as("each process ended once").isEqualTo(USUL);
    assertThat(jdbc.sql("select count(*) from act_ru_incident").query(Integer.class).single()).isZero();

    List<Integer> sequences = jdbc.sql("select nomor_induk from usul_ni").query(String.class).list().stream()
        .map(nomor -> Integer.parseInt(nomor.substring(15))).toList();
    assertThat(sequences).as("Nomor Induk").containsExactlyInAnyOrderElementsOf(range(USUL));
    assertThat(jdbc.sql("select urutan from pertek").query(Integer.class).list()).as("Pertek numbers")
        .containsExactlyInAnyOrderElementsOf(range(USUL));
    assertThat(jdbc.sql("select count(*) from notifikasi where jenis = 'PERTEK_TERBIT'").query(Integer.class).single())
        .as("one notification per usul").isEqualTo(USUL);

    Path documents = data.resolve("dokumen");
    for (String signed : jdbc.sql("select sha256_ditandatangani from pertek").query(String.class).list()) {
      try (PDDocument pdf = Loader.loadPDF(file(documents, signed).toFile())) {
        assertThat(pdf.getSignatureDictionaries()).as("signatures in %s", signed).hasSize(1);
      }
    }

    Set<String> referenced = new HashSet<>(jdbc.sql("""
        select sha256 from usul_dokumen union select sha256_konsep from pertek
        union select sha256_ditandatangani from pertek""").query(String.class).list());
    // the sweep runs every 2 s on the restarted node: every file left by a cut-off transaction goes
    Instant sweepPatience = Instant.now().plusSeconds(60);
    while (!filesIn(documents).equals(referenced) && Instant.now().isBefore(sweepPatience)) {
      Thread.sleep(500);
    }
    assertThat(filesIn(documents)).as("the document files are exactly those referenced").isEqualTo(referenced);
    assertThat(jdbc.sql("select count(*) from dokumen_tertunda").query(Integer.class).single())
        .as("no unsettled write").isZero();
  }

  private RunningJar start(Map<String, String> environment, String... arguments) throws Exception {
    RunningJar node = RunningJar.start(environment, arguments);
    started.add(node);
    return node;
  }

  private static List<Integer> range(int n) {
    return IntStream.rangeClosed(1, n).boxed().toList();
  }

  private static Path file(Path root, String sha256) {
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  /** Every regular file under the store, by name: documents, and any temporary or set-aside file. */
  private static Set<String> filesIn(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  /**
   * Officer pair {@code n} (pemroses{n}, penandatangan{n}) verifies (MS) and signs (SETUJU) until every usul is
   * done, the time is up or the node is gone. Each thread is its own people, as in an office.
   */
  private static Void workUntil(TestRestTemplate node, int n, List<String> ids, AtomicBoolean killed,
      Duration limit) {
    Instant deadline = Instant.now().plus(limit);
    while (!killed.get() && Instant.now().isBefore(deadline)) {
      try {
        boolean verified = workOne(node, "verifikasiUsul", "pemroses" + n, Map.of("hasilVerifikasi", value("MS")));
        boolean signed = workOne(node, "tandaTanganPertek", "penandatangan" + n,
            Map.of("keputusanPenandatanganan", value("SETUJU")));
        if (!verified && !signed) {
          if (countDone(node, ids) == ids.size()) {
            return null;
          }
          Thread.sleep(200);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      } catch (RuntimeException nodeGone) {
        if (!killed.get()) {
          throw nodeGone;
        }
      }
    }
    return null;
  }

  /** One task of the kind: one the officer already holds (say from before the crash) first, else a free one. */
  private static boolean workOne(TestRestTemplate node, String key, String user, Map<String, Object> variables) {
    TestRestTemplate client = node.withBasicAuth(user, "rahasia");
    List<Map<String, Object>> tasks = client.exchange("/engine-rest/task?taskDefinitionKey=" + key + "&assignee=" + user
        + "&maxResults=1", HttpMethod.GET, null, LIST).getBody();
    if (tasks == null || tasks.isEmpty()) {
      tasks = client.exchange("/engine-rest/task?taskDefinitionKey=" + key + "&unassigned=true&maxResults=1",
          HttpMethod.GET, null, LIST).getBody();
      if (tasks == null || tasks.isEmpty()) {
        return false;
      }
      ResponseEntity<String> claim = client.postForEntity("/engine-rest/task/" + tasks.get(0).get("id") + "/claim",
          json(Map.of("userId", user)), String.class);
      if (claim.getStatusCode() != HttpStatus.NO_CONTENT) {
        return true; // the other officer took it first
      }
    }
    ResponseEntity<String> done = client.postForEntity("/engine-rest/task/" + tasks.get(0).get("id") + "/complete",
        json(Map.of("variables", variables)), String.class);
    // each officer completes only what they claimed: a refusal here would be a fault, not a race
    assertThat(done.getStatusCode().is2xxSuccessful()).as("complete %s: %s", key, done.getBody()).isTrue();
    return true;
  }

  private static int countDone(JdbcClient jdbc) {
    return jdbc.sql("select count(*) from usul_ni where status = 'SELESAI'").query(Integer.class).single();
  }

  private static int countDone(TestRestTemplate node, List<String> ids) {
    int done = 0;
    for (String id : ids) {
      Map<?, ?> usul = node.withBasicAuth("operatorbatang", "rahasia").getForObject("/api/usul-ni/" + id, Map.class);
      if ("SELESAI".equals(usul.get("status"))) {
        done++;
      }
    }
    return done;
  }

  private static Map<String, Object> value(String v) {
    return Map.of("value", v, "type", "String");
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
