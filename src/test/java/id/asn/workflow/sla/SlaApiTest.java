package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.AppTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

  private ResponseEntity<byte[]> download(String path) {
    return rest.withBasicAuth("pengawas1", "rahasia").getForEntity(path, byte[].class);
  }

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
    void csvHasTheByteOrderMarkTheHeaderAndOneRowPerStandard() {
      ResponseEntity<byte[]> response = download(JANUARY + "&format=csv");
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
      assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("sla-2025-01-01-2025-01-31.csv");
      String text = new String(response.getBody(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("\uFEFFbagian,proses,kegiatan,");
      List<List<String>> rows = SlaTableTest.parse(text.substring(1));
      assertThat(rows.get(0)).isEqualTo(SlaTable.HEADER);
      assertThat(rows).filteredOn(r -> r.get(0).equals("RINGKASAN")).extracting(r -> r.get(2))
          .contains("verifikasiUsul", "tandaTanganPertek");
    }

    @Test
    void csvForIndonesianSpreadsheetsIsSemicolonSeparated() {
      ResponseEntity<byte[]> response = download(JANUARY + "&format=csv-id");
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
      assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("sla-2025-01-01-2025-01-31.csv");
      String text = new String(response.getBody(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("\uFEFF" + String.join(";", SlaTable.HEADER) + "\r\n");
      assertThat(text.lines().filter(l -> l.startsWith("RINGKASAN;"))).hasSizeGreaterThanOrEqualTo(2)
          .allSatisfy(l -> assertThat(l.split(";", -1)).hasSize(SlaTable.HEADER.size()));
    }

    @Test
    void xlsxIsAWorkbookWithTheHeaderAndNumericCounts() throws IOException {
      ResponseEntity<byte[]> response = download(JANUARY + "&format=xlsx");
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(response.getHeaders().getContentType()).isEqualTo(
          MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
      assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("sla-2025-01-01-2025-01-31.xlsx");
      assertThat(response.getHeaders().getCacheControl()).contains("no-store", "private");
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
        Sheet sheet = book.getSheetAt(0);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("bagian");
        assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) SlaTable.HEADER.size());
        Row ringkasan = sheet.getRow(1);
        assertThat(ringkasan.getCell(0).getStringCellValue()).isEqualTo("RINGKASAN");
        assertThat(ringkasan.getCell(SlaTable.HEADER.indexOf("standarDetik")).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(ringkasan.getCell(SlaTable.HEADER.indexOf("jumlah")).getCellType()).isEqualTo(CellType.NUMERIC);
      }
    }

    @Test
    void aPeriodEndingBeforeItStartsOrAnUnknownFormatIsABadRequest() {
      assertThat(get("pengawas1", "/api/sla?dari=2025-02-01&sampai=2025-01-01").getStatusCode())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      ResponseEntity<String> unknown = get("pengawas1", JANUARY + "&format=xls");
      assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(unknown.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
      assertThat(unknown.getBody()).contains("\"field\":\"format\"", "harus salah satu dari json, csv, csv-id atau xlsx");
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
