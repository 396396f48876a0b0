package id.asn.workflow.engine;

import id.asn.workflow.support.TestPostgres;
import id.asn.workflow.engine.PertekFixtures.Candidate;
import id.asn.workflow.pertek.officer.OfficerService;
import java.io.File;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole Pertek flow through the REST API on PostgreSQL, with concurrent simulated officers: an instansi
 * operator submits (documents included), Tim Pemroses verifies, the signer signs, the job executor runs the
 * pre-check, numbering, drafting and PAdES signing. In the same run, the same BPMN with every delegate and
 * listener taken out is driven through the engine REST API by the same officers: the engine's own cost, so
 * that the application's overhead is a ratio. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=PertekLoadBenchmark}; figures on the console and in target/benchmark/pertek-load.txt.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "postgres"})
class PertekLoadBenchmark {

  private static final String ENGINE_ONLY = "pertekNiCasnTanpaAplikasi";
  /** Enough passes for the JIT to compile the signing and rendering paths, as in a server that has run a while. */
  private static final int WARM_UP = Integer.getInteger("load.warmup", 400);
  private static final int USUL = Integer.getInteger("load.usul", 400);
  private static final int OPERATORS = Integer.getInteger("load.operators", 4);
  private static final long IDLE_LOOK_AGAIN_MS = 500;
  /** Threads per task kind; they share the two demo verifiers and the two demo signers. */
  private static final int OFFICERS_PER_TASK = Integer.getInteger("load.officers", 6);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "Beban-Kerja-2026!";
  /** This context's engine by name: a benchmark run may hold other engines in the same JVM. */
  private static final String ENGINE_REST = "/engine-rest/engine/load";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws IOException {
    TestPostgres.register(registry, "load", Files.createTempDirectory("asn-load").toString());
    registry.add("app.demo.kebutuhan", () -> "false");
  }

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired OfficerService officers;

  @Test
  void wholeFlowThroughRestAgainstTheEngineAlone() throws Exception {
    repository.createDeployment().name("load benchmark: engine alone")
        .addModelInstance("pertek-ni-casn-tanpa-aplikasi.bpmn", withoutApplication()).deploy();

    Flow application = new Flow("application", "pertekNiCasn", this::submitUsul);
    Flow engineAlone = new Flow("engine alone", ENGINE_ONLY, this::startEngineOnly);
    run(application, WARM_UP);
    run(engineAlone, WARM_UP);
    Result app = run(application, USUL);
    Result engine = run(engineAlone, USUL);

    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "Pertek flow through REST on PostgreSQL, %d cores, %d usul per run, %d operator"
            + " threads, %d verifiers, %d signers (client and server on the same machine)",
        Runtime.getRuntime().availableProcessors(), USUL, OPERATORS, OFFICERS_PER_TASK, OFFICERS_PER_TASK));
    lines.addAll(app.describe());
    lines.addAll(engine.describe());
    lines.add(String.format(Locale.ROOT, "application overhead: %.2f x the engine's time per usul (%.1f vs %.1f usul/s)",
        engine.perSecond() / app.perSecond(), app.perSecond(), engine.perSecond()));
    lines.forEach(System.out::println);
    Path report = Path.of("target/benchmark/pertek-load.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, lines, StandardCharsets.UTF_8);
  }

  /** pertek-ni-casn.bpmn under another key, each service task an empty expression and no listener. */
  private static BpmnModelInstance withoutApplication() {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/pertek-ni-casn.bpmn"));
    model.getModelElementsByType(Process.class).iterator().next().setId(ENGINE_ONLY);
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
      task.setCamundaExpression("${true}");
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      listener.getParentElement().removeChildElement(listener);
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      listener.getParentElement().removeChildElement(listener);
    }
    return model;
  }

  private record Flow(String name, String processKey, Supplier<String> start) {}

  private String submitUsul() {
    Candidate candidate = new Candidate("PNS", LocalDate.of(1996, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000)),
        ThreadLocalRandom.current().nextBoolean() ? "L" : "P", LocalDate.of(2026, 3, 1), "S1",
        "Analis Kebijakan Ahli Pertama", PertekFixtures.uniqueNumber());
    return PertekFixtures.submit(rest, candidate);
  }

  private String startEngineOnly() {
    Map<String, Object> body = Map.of("businessKey", java.util.UUID.randomUUID().toString(),
        "variables", Map.of("usulId", Map.of("value", java.util.UUID.randomUUID().toString(), "type", "String")));
    ResponseEntity<Map> started = rest.withBasicAuth("admin", "rahasia").postForEntity(
        ENGINE_REST + "/process-definition/key/" + ENGINE_ONLY + "/start", json(body), Map.class);
    if (!started.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("start refused: " + started.getBody());
    }
    return (String) started.getBody().get("id");
  }

  /** Submits {@code count} usul and works them to the end with concurrent officers; returns the figures. */
  private Result run(Flow flow, int count) throws Exception {
    Latencies latencies = new Latencies();
    long endedBefore = ended(flow);
    AtomicInteger submitted = new AtomicInteger();
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService people = Executors.newFixedThreadPool(OPERATORS + 2 * OFFICERS_PER_TASK);
    long start = System.nanoTime();
    List<Future<?>> work = new ArrayList<>();
    try {
      for (int i = 0; i < OPERATORS; i++) {
        work.add(people.submit(() -> {
          while (submitted.incrementAndGet() <= count) {
            long t0 = System.nanoTime();
            flow.start().get();
            latencies.record("submit / start", t0);
          }
          return null;
        }));
      }
      for (int i = 0; i < OFFICERS_PER_TASK; i++) {
        String verifier = officer("timPemroses", i);
        String signer = officer("pejabatPenandatanganan", i);
        int share = i;
        work.add(people.submit(() -> officer(flow, "verifikasiUsul", verifier, share, "hasilVerifikasi", "MS", done,
            latencies)));
        work.add(people.submit(() -> officer(flow, "tandaTanganPertek", signer, share, "keputusanPenandatanganan",
            "SETUJU", done, latencies)));
      }
      while (ended(flow) - endedBefore < count) {
        Thread.sleep(100);
        for (Future<?> f : work) {
          if (f.isDone()) {
            f.get(); // an officer that failed fails the run
          }
        }
      }
    } finally {
      done.set(true);
      people.shutdown();
      people.awaitTermination(1, TimeUnit.MINUTES);
    }
    return new Result(flow.name(), count, System.nanoTime() - start, latencies);
  }

  /**
   * An officer's day: look at the open tasks of the kind, take their share of the list one after the other (as
   * colleagues looking at one queue divide it; a task another officer claimed first is skipped), and look again;
   * with nothing open, wait a moment.
   */
  private Void officer(Flow flow, String taskKey, String user, int share, String variable, String value,
      AtomicBoolean done, Latencies latencies) throws InterruptedException {
    TestRestTemplate client = rest.withBasicAuth(user, PASSWORD);
    while (!done.get()) {
      long t0 = System.nanoTime();
      ResponseEntity<String> listed = client.getForEntity(ENGINE_REST + "/task?processDefinitionKey="
          + flow.processKey() + "&taskDefinitionKey=" + taskKey + "&unassigned=true&maxResults=" + 5 * OFFICERS_PER_TASK,
          String.class);
      latencies.record("list " + taskKey, t0);
      if (!listed.getStatusCode().is2xxSuccessful()) {
        throw new AssertionError("list " + taskKey + " refused: " + listed.getStatusCode() + " " + listed.getBody());
      }
      List<Map<String, Object>> tasks = parse(listed.getBody());
      List<Map<String, Object>> mine = IntStream.range(0, tasks.size()).filter(i -> i % OFFICERS_PER_TASK == share)
          .mapToObj(tasks::get).toList();
      if (mine.isEmpty()) {
        // nothing for this officer yet: look again in a while, as a person would, not ten times a second (a dozen
        // officers polling that fast would measure their own polling)
        Thread.sleep(IDLE_LOOK_AGAIN_MS);
        continue;
      }
      for (int i = 0; i < mine.size() && !done.get(); i++) {
        String id = (String) mine.get(i).get("id");
        t0 = System.nanoTime();
        ResponseEntity<String> claim = client.postForEntity(ENGINE_REST + "/task/" + id + "/claim",
            json(Map.of("userId", user)), String.class);
        latencies.record("claim " + taskKey, t0);
        if (claim.getStatusCode() != HttpStatus.NO_CONTENT) {
          continue; // another officer took it
        }
        t0 = System.nanoTime();
        ResponseEntity<String> completed = client.postForEntity(ENGINE_REST + "/task/" + id + "/complete",
            json(Map.of("variables", Map.of(variable, Map.of("value", value, "type", "String")))), String.class);
        latencies.record("complete " + taskKey, t0);
        if (!completed.getStatusCode().is2xxSuccessful()) {
          throw new AssertionError("complete " + taskKey + " refused: " + completed.getBody());
        }
      }
    }
    return null;
  }

  private static List<Map<String, Object>> parse(String json) {
    try {
      return JSON.readValue(json, new TypeReference<>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One person per thread, as in an office: two threads of one user would complete each other's tasks. */
  private String officer(String group, int i) {
    String id = "beban" + (group.equals("timPemroses") ? "pemroses" : "penandatangan") + i;
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Petugas " + i);
      user.setLastName(group);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(id, group);
      String nip = String.format("199001012015011%03d", i % 999 + 1);
      if (group.equals("timPemroses")) {
        officers.recordMember(id, new OfficerService.MemberForm(nip, "TERAMPIL", null), "benchmark");
      } else {
        officers.recordDecree(id, new OfficerService.DecreeForm(nip, "Kepala Seksi", i + "/KEP/BENCHMARK",
            "2020-01-02", null, null), "benchmark");
      }
    }
    return id;
  }

  private long ended(Flow flow) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(flow.processKey()).finished().count();
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** Durations per API call, in microseconds. */
  private static final class Latencies {
    private final Map<String, ConcurrentLinkedQueue<Long>> calls = new ConcurrentHashMap<>();

    void record(String call, long startNanos) {
      calls.computeIfAbsent(call, c -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - startNanos) / 1000);
    }
  }

  private record Result(String name, int usul, long nanos, Latencies latencies) {
    double perSecond() {
      return usul / (nanos / 1e9);
    }

    List<String> describe() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "%s: %d usul submitted and completed in %.1f s = %.1f usul/s", name, usul,
          nanos / 1e9, perSecond()));
      latencies.calls.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
        List<Long> sorted = e.getValue().stream().sorted().toList();
        lines.add(String.format(Locale.ROOT, "  %-28s %6d calls  p50 %7.1f ms  p99 %7.1f ms", e.getKey(), sorted.size(),
            sorted.get(sorted.size() / 2) / 1000.0, sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100))
                / 1000.0));
      });
      return lines;
    }
  }
}
