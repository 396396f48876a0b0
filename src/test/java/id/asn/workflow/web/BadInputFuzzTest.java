package id.asn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.support.RawHttp;
import id.asn.workflow.engine.PertekTestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Thousands of malformed requests and files against every /api endpoint, drawn from a seeded Random. Each must be
 * refused with a 4xx problem detail a person can act on; afterwards the server is healthy and nothing was stored.
 * Reproduce a failure with {@code -Dfuzz.seed=<seed printed by the run>}; {@code -Dfuzz.cases} and
 * {@code -Dfuzz.seconds} set how many requests and how long at most; {@code -Dfuzz.dump=<n>} writes request n as sent
 * to target/fuzz-case-n.http.
 */
@AppTest
class BadInputFuzzTest {

  private static final List<String> TABLES = List.of("usul_ni", "usul_dokumen", "usul_riwayat", "notifikasi",
      "usul_keputusan", "hari_libur", "kalender_tahun");

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Value("${app.dokumen.dir}") Path documents;

  @Test
  void everyMalformedRequestIsRefusedWithAProblemDetailAndNothingIsStored() throws IOException {
    long seed = Long.getLong("fuzz.seed", System.nanoTime());
    int cases = Integer.getInteger("fuzz.cases", 3_000);
    Duration budget = Duration.ofSeconds(Integer.getInteger("fuzz.seconds", 45));
    System.out.println("BadInputFuzzTest seed " + seed + " (reproduce with -Dfuzz.seed=" + seed + ")");

    BadRequests requests = new BadRequests(seed, targets());
    Map<String, String> before = snapshot();
    RawHttp http = new RawHttp(port);
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int sent = 0;
    long start = System.nanoTime();
    for (; sent < cases && System.nanoTime() - start < budget.toNanos(); sent++) {
      FuzzCase fuzz = requests.next();
      if (sent == Integer.getInteger("fuzz.dump", -1)) {
        Files.write(Path.of("target", "fuzz-case-" + sent + ".http"), fuzz.request().bytes());
      }
      RawHttp.Response response;
      try {
        response = http.send(fuzz.request());
      } catch (IOException | RuntimeException e) {
        failures.add("#" + sent + " " + fuzz.label() + " → no answer: " + e);
        continue;
      }
      statuses.merge(response.status(), 1, Integer::sum);
      String problem = problemWith(response);
      if (problem != null) {
        failures.add("#" + sent + " " + fuzz.label() + " [" + fuzz.request() + "] → " + problem);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("BadInputFuzzTest sent " + sent + " requests in " + millis + " ms, statuses " + statuses);

    Files.write(Path.of("target", "fuzz-failures.txt"), failures);
    assertThat(failures.size()).as("seed %d: requests not refused with a problem detail (all in target/fuzz-failures.txt): %s",
        seed, String.join("\n", failures.subList(0, Math.min(20, failures.size())))).isZero();
    assertThat(sent).as("requests sent within the time budget").isGreaterThanOrEqualTo(Math.min(cases, 1_000));
    assertThat(rest.getForEntity("/actuator/health", String.class).getBody()).contains("\"UP\"");
    assertThat(snapshot()).as("seed %d: nothing stored or changed", seed).isEqualTo(before);
  }

  /** Why the answer is not a proper refusal, or null when it is one. */
  private String problemWith(RawHttp.Response response) {
    String body = response.text();
    String summary = response.status() + " " + response.header("Content-Type") + " "
        + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    if (response.status() < 400 || response.status() > 499) {
      return "not a 4xx: " + summary;
    }
    if (!isProblemDetail(response)) {
      return "not a problem detail: " + summary;
    }
    try {
      JsonNode problem = json.readTree(response.body());
      String detail = problem.path("detail").asText("");
      if (detail.isBlank()) {
        return "no detail: " + summary;
      }
      if (problem.path("status").asInt() != response.status()) {
        return "status in the body differs: " + summary;
      }
      if (detail.matches("(?s).*(Exception|java\\.|org\\.spring|org\\.apache|SQL|H2|\\tat ).*")) {
        return "internals in the detail: " + summary;
      }
    } catch (IOException e) {
      return "unreadable problem detail: " + summary;
    }
    return null;
  }

  private static boolean isProblemDetail(RawHttp.Response response) {
    String type = response.header("Content-Type");
    return type != null && type.startsWith("application/problem+json");
  }

  private FuzzTargets targets() {
    String perbaikan = PertekTestClient.awaitingCorrection(rest, engine);
    String nomorPeserta = jdbc.sql("select nomor_peserta from usul_ni where id = ?").param(perbaikan).query(String.class).single();
    String verifikasi = PertekTestClient.submitAndPreCheck(rest, engine.getRuntimeService(), engine.getManagementService());
    String other = PertekTestClient.submitAs(rest, "operatorpekalongan");
    List<LocalDate> daysOff = jdbc.sql("select tanggal from hari_libur").query(LocalDate.class).list();
    List<Integer> years = jdbc.sql("select tahun from kalender_tahun").query(Integer.class).list();
    return new FuzzTargets(perbaikan, nomorPeserta, verifikasi, other, new HashSet<>(daysOff), new HashSet<>(years));
  }

  /** Every row of the application's tables and every file of the document store. */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> state = new LinkedHashMap<>();
    for (String table : TABLES) {
      state.put(table, jdbc.sql("select * from " + table + " order by 1").query().listOfRows().toString());
    }
    try (Stream<Path> files = Files.exists(documents) ? Files.walk(documents) : Stream.empty()) {
      state.put("dokumen", files.filter(Files::isRegularFile).map(documents::relativize).sorted().toList().toString());
    }
    return state;
  }
}
