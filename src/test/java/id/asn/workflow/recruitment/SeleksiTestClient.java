package id.asn.workflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A recruitment period as the selection committee drives it through the API; each test gets its own instansi. */
public final class SeleksiTestClient {

  public static final String PANITIA = "panitia1";
  public static final String PASSWORD = "rahasia";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  private SeleksiTestClient() {}

  public static String newInstansi(String prefix) {
    return prefix + SEQUENCE.incrementAndGet() + System.nanoTime() % 100000;
  }

  /** Opens a period as the committee; returns its id. */
  public static String open(TestRestTemplate rest, String instansi, int tahun) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = rest.withBasicAuth(PANITIA, PASSWORD).postForEntity("/api/seleksi",
        new HttpEntity<>("{\"instansi\":\"" + instansi + "\",\"tahun\":" + tahun + "}", headers), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return instansi + "-" + tahun;
  }

  /** Opens a PPPK period as the committee; returns its id. */
  public static String openPppk(TestRestTemplate rest, String instansi, int tahun) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = rest.withBasicAuth(PANITIA, PASSWORD).postForEntity("/api/seleksi",
        new HttpEntity<>("{\"instansi\":\"" + instansi + "\",\"tahun\":" + tahun + ",\"jenis\":\"PPPK\"}", headers),
        String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    assertThat(json(response.getBody()).get("id").asText()).isEqualTo(instansi + "-" + tahun + "-PPPK");
    return instansi + "-" + tahun + "-PPPK";
  }

  public static ResponseEntity<String> importCsv(TestRestTemplate rest, String user, String periode, String jenis,
      String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    return rest.withBasicAuth(user, PASSWORD).exchange("/api/seleksi/" + periode + "/" + jenis, HttpMethod.POST,
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
  }

  /** Imports as the committee and expects success. */
  public static JsonNode imported(TestRestTemplate rest, String periode, String jenis, String csv) {
    ResponseEntity<String> response = importCsv(rest, PANITIA, periode, jenis, csv);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return json(response.getBody());
  }

  public static ResponseEntity<String> get(TestRestTemplate rest, String user, String path) {
    return rest.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
  }

  public static JsonNode result(TestRestTemplate rest, String periode, String hasil) {
    ResponseEntity<String> response = get(rest, PANITIA, "/api/seleksi/" + periode + "/" + hasil);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return json(response.getBody());
  }

  /** The applicant of a result, by registration number. */
  public static JsonNode peserta(JsonNode result, String nomor) {
    for (JsonNode formasi : result.get("formasi")) {
      for (JsonNode p : formasi.get("peserta")) {
        if (p.get("nomorPeserta").asText().equals(nomor)) {
          return p;
        }
      }
    }
    throw new AssertionError(nomor + " not in result " + result);
  }

  public static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(text, e);
    }
  }
}
