package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.AppTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** /api/sla, /api/sla/standar and the /sla page: who may read, who may change, what comes back. */
@AppTest
class SlaApiTest {

  private static final String JANUARY = "/api/sla?dari=2025-01-01&sampai=2025-01-31";

  @Autowired TestRestTemplate rest;

  private ResponseEntity<String> get(String user, String path) {
    TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "rahasia");
    return client.getForEntity(path, String.class);
  }

  @Nested
  class Report {
    @Test
    void supervisorsAndAdministratorsReadIt() {
      for (String user : List.of("pengawas1", "admin")) {
        ResponseEntity<Map> response = rest.withBasicAuth(user, "rahasia").getForEntity(JANUARY, Map.class);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsKeys("ringkasan", "perPetugas", "perHari", "pelanggaran",
            "jumlahPelanggaran");
        assertThat((List<Map<String, Object>>) response.getBody().get("ringkasan"))
            .extracting(r -> r.get("kegiatan"), r -> r.get("standarDetik"))
            .contains(org.assertj.core.groups.Tuple.tuple("verifikasiUsul", 600),
                org.assertj.core.groups.Tuple.tuple("tandaTanganPertek", 120));
      }
    }

    @Test
    void everyoneElseIsRefusedWithAProblemDetail() {
      for (String user : List.of("pemroses1", "penandatangan1", "operatorbatang", "panitia1", "analis1")) {
        ResponseEntity<String> response = get(user, JANUARY);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getBody()).contains("pengawasKanreg");
      }
      assertThat(get(null, JANUARY).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void csvHasTheHeaderAndOneRowPerStandard() {
      ResponseEntity<String> response = get("pengawas1", JANUARY + "&format=csv");
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
      assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("sla-2025-01-01-2025-01-31.csv");
      List<List<String>> rows = SlaCsvTest.parse(response.getBody());
      assertThat(rows.get(0)).isEqualTo(SlaCsv.HEADER);
      assertThat(rows).filteredOn(r -> r.get(0).equals("RINGKASAN")).extracting(r -> r.get(2))
          .contains("verifikasiUsul", "tandaTanganPertek");
    }

    @Test
    void aPeriodEndingBeforeItStartsOrAnUnknownFormatIsABadRequest() {
      assertThat(get("pengawas1", "/api/sla?dari=2025-02-01&sampai=2025-01-01").getStatusCode())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(get("pengawas1", JANUARY + "&format=xlsx").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(get("pengawas1", "/api/sla?dari=kemarin").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
  }

  @Nested
  class Page {
    @Test
    void asksForALoginAndShowsTheChartsToSupervisors() {
      ResponseEntity<String> anonymous = get(null, "/sla");
      assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

      ResponseEntity<String> page = get("pengawas1", "/sla");
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(page.getBody()).contains("Laporan SLA", "/webjars/chart.js/dist/chart.umd.js", "/api/sla");
      assertThat(get("pemroses1", "/sla").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theChartLibraryIsServedByTheApplication() {
      ResponseEntity<String> script = get(null, "/webjars/chart.js/dist/chart.umd.js");
      assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(script.getBody()).contains("Chart");
    }
  }

  @Nested
  class Standards {
    private ResponseEntity<Map> put(String user, String path, Map<String, Object> body) {
      return rest.withBasicAuth(user, "rahasia").exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    }

    @Test
    void administratorsAddChangeAndRemoveAStandard() {
      String path = "/api/sla/standar/pengangkatanCpns/terbitkanSkCpns";
      ResponseEntity<Map> created = put("admin", path,
          Map.of("nama", "Penerbitan SK CPNS", "standarHariKerja", 5, "targetPersen", 95));
      assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(put("admin", path, Map.of("nama", "Penerbitan SK CPNS", "standarHariKerja", 3)).getStatusCode())
          .isEqualTo(HttpStatus.OK);
      ResponseEntity<List> all = rest.withBasicAuth("pengawas1", "rahasia").getForEntity("/api/sla/standar", List.class);
      assertThat((List<Map<String, Object>>) all.getBody()).filteredOn(s -> "terbitkanSkCpns".equals(s.get("kegiatan")))
          .singleElement().satisfies(s -> assertThat(s).containsEntry("standarHariKerja", 3).containsEntry("targetPersen", 90));

      assertThat(rest.withBasicAuth("admin", "rahasia").exchange(path, HttpMethod.DELETE, null, Void.class)
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(rest.withBasicAuth("admin", "rahasia").exchange(path, HttpMethod.DELETE, null, String.class)
          .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyAdministratorsChangeThemAndNonsenseIsRefused() {
      String path = "/api/sla/standar/pertekNiCasn/verifikasiUsul";
      assertThat(put("pengawas1", path, Map.of("nama", "x", "standarDetik", 1)).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(put("admin", path, Map.of("nama", "x", "standarDetik", 600, "standarHariKerja", 1)).getStatusCode())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(get("pemroses1", "/api/sla/standar").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }
}
