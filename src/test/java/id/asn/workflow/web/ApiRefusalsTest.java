package id.asn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.support.RawHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One example of each kind of bad input BadInputFuzzTest found answered wrongly (a 5xx, a change, or no problem
 * detail), now refused with a problem detail a person can act on.
 */
@AppTest
class ApiRefusalsTest {

  private static final String DAY = "/api/kalender/libur/2025-12-30";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  private RawHttp http;

  @BeforeEach
  void setUp() {
    http = new RawHttp(port);
  }

  @Nested
  class JsonBodies {

    @Test
    void aDuplicateKeyIsRefusedNotGuessedAt() throws IOException {
      JsonNode problem = refused(put(DAY, "{\"jenis\":\"CUTI_BERSAMA\",\"jenis\":\"LIBUR_NASIONAL\",\"keterangan\":\"Uji\","
          + "\"dasarHukum\":\"SKB\"}"), 400);
      assertThat(problem.get("detail").asText()).contains("bukan JSON yang valid");
    }

    @Test
    void contentAfterTheObjectIsRefused() throws IOException {
      refused(put(DAY, "{\"jenis\":\"CUTI_BERSAMA\",\"keterangan\":\"Uji\",\"dasarHukum\":\"SKB\"} {}"), 400);
    }

    @Test
    void utf16IsRefused() throws IOException {
      RawHttp.Request request = put(DAY, "").body("{\"jenis\":\"CUTI_BERSAMA\",\"keterangan\":\"Uji\",\"dasarHukum\":\"SKB\"}"
          .getBytes(StandardCharsets.UTF_16));
      assertThat(refused(request, 400).get("detail").asText()).contains("UTF-16");
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() throws IOException {
      String huge = "{\"jenis\":\"CUTI_BERSAMA\",\"keterangan\":\"" + "x".repeat(300 * 1024) + "\"}";
      assertThat(refused(put(DAY, huge), 413).get("detail").asText()).contains("256 KB");
    }

    @Test
    void aWrongContentTypeIsNamed() throws IOException {
      RawHttp.Request request = new RawHttp.Request("PUT", DAY).header("Authorization", basic("admin"))
          .header("Content-Type", "text/plain").body("jenis=CUTI_BERSAMA".getBytes(StandardCharsets.UTF_8));
      assertThat(refused(request, 415).get("detail").asText()).contains("'text/plain'", "application/json");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() throws IOException {
      JsonNode problem = refused(put("/api/kalender/tahun/2095", "{\"dasarHukum\":\"SKB\",\"hari\":[{\"tanggal\":\"2095-02-30\"}]}"), 400);
      assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("hari[0].tanggal");
      assertThat(problem.get("detail").asText()).doesNotContain("java", "Exception", "CalendarController");
    }
  }

  @Nested
  class CalendarText {

    @Test
    void textLongerThanItsColumnIsABadRequestNotAServerError() throws IOException {
      JsonNode problem = refused(put(DAY, "{\"jenis\":\"CUTI_BERSAMA\",\"keterangan\":\"" + "x".repeat(201)
          + "\",\"dasarHukum\":\"SKB\"}"), 400);
      assertThat(problem.get("errors").get(0).get("reason").asText()).isEqualTo("paling panjang 200 karakter");
    }

    @Test
    void controlCharactersAreRefused() throws IOException {
      refused(put(DAY, "{\"jenis\":\"CUTI_BERSAMA\",\"keterangan\":\"Uji\\u0000\",\"dasarHukum\":\"SKB\"}"), 400);
    }

    @Test
    void aStartDateNoCalendarCanHaveIsABadRequest() throws IOException {
      JsonNode problem = refused(get("/api/kalender/hari-kerja?mulai=%2B999999999-12-31&tambah=1", "pemroses1"), 400);
      assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("mulai");
    }
  }

  @Nested
  class Envelopes {

    @Test
    void aMissingPasswordIsAProblemDetailThatAsksForHttpBasic() throws IOException {
      RawHttp.Response response = http.send(new RawHttp.Request("GET", "/api/usul-ni"));
      assertThat(problemOf(response, 401).get("detail").asText()).contains("HTTP Basic");
      assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aUriTomcatCannotDecodeIsAProblemDetail() throws IOException {
      refused(get("/api/usul-ni/%00", "operatorbatang"), 400);
      refused(get("/api/usul-ni/a%2Fb", "operatorbatang"), 400);
      refused(get("/api/usul-ni/%FF", "operatorbatang"), 400);
    }

    @Test
    void aUriTheFirewallRejectsIsAProblemDetail() throws IOException {
      refused(get("/api/usul-ni//x", "operatorbatang"), 400);
      refused(new RawHttp.Request("PROPFIND", "/api/usul-ni").header("Authorization", basic("operatorbatang")), 400);
    }

    @Test
    void anUnreadableAcceptHeaderStillGetsTheProblemDetail() throws IOException {
      refused(get("/api/usul-ni?size=0", "operatorbatang").header("Accept", "*/*;q=x"), 400);
    }

    @Test
    void aMultipartBodyShorterThanItsContentLengthIsABadRequest() throws IOException {
      String body = "--B\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n{\"jenisAsn\": \"PNS\"";
      RawHttp.Request request = new RawHttp.Request("POST", "/api/usul-ni").header("Authorization", basic("operatorbatang"))
          .header("Content-Type", "multipart/form-data; boundary=B").body(body.getBytes(StandardCharsets.UTF_8))
          .declaredLength(String.valueOf(body.length() + 500));
      assertThat(refused(request, 400).get("detail").asText()).contains("Content-Length");
    }
  }

  private JsonNode refused(RawHttp.Request request, int status) throws IOException {
    return problemOf(http.send(request), status);
  }

  private JsonNode problemOf(RawHttp.Response response, int status) throws IOException {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("detail").asText()).isNotBlank();
    return problem;
  }

  private static RawHttp.Request put(String path, String body) {
    return new RawHttp.Request("PUT", path).header("Authorization", basic("admin"))
        .header("Content-Type", "application/json").body(body.getBytes(StandardCharsets.UTF_8));
  }

  private static RawHttp.Request get(String path, String user) {
    return new RawHttp.Request("GET", path).header("Authorization", basic(user));
  }

  private static String basic(String user) {
    return RawHttp.basic(user, "rahasia");
  }
}
