package id.asn.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.AppTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@AppTest
class CalendarApiTest {

  @Autowired
  TestRestTemplate rest;

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "rahasia");
  }

  @Test
  void workingDaysAfterADateComeFromTheSeededDecrees() {
    ResponseEntity<Map> response = as("operatorbatang").getForEntity("/api/kalender/hari-kerja?mulai=2025-03-24&tambah=15", Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("tanggal", "2025-04-24");
  }

  @Test
  void holidaysOfAYearListEachDayWithItsTypeAndDecree() {
    ResponseEntity<Map> response = as("pemroses1").getForEntity("/api/kalender/libur?tahun=2024", Map.class);
    List<Map<String, String>> days = (List<Map<String, String>>) response.getBody().get("hari");
    assertThat(days).hasSize(29);
    assertThat(days).anySatisfy(day -> {
      assertThat(day).containsEntry("tanggal", "2024-02-14").containsEntry("jenis", "LIBUR_NASIONAL");
      assertThat(day.get("dasarHukum")).contains("855/2023");
    });
    assertThat(days).filteredOn(day -> day.get("jenis").equals("CUTI_BERSAMA")).hasSize(10);
  }

  @Test
  void aYearWithoutADecreeIsCountedOnTheProvisionalCalendarAndSaysSo() {
    // 30 Dec 2026 + 5: 31 Dec, 4, 7, 8, 11 Jan (1 Jan, and Isra Mikraj computed for 5 Jan and the day after)
    ResponseEntity<Map> response = as("pemroses1").getForEntity("/api/kalender/hari-kerja?mulai=2026-12-30&tambah=5", Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).containsEntry("tanggal", "2027-01-11").containsEntry("sementara", true);
    Map<String, Object> year = as("pemroses1").getForEntity("/api/kalender/libur?tahun=2027", Map.class).getBody();
    assertThat(year).containsEntry("sementara", true);
    assertThat(year.get("hari").toString()).contains("Idul Fitri (perkiraan)");
    assertThat(as("pemroses1").getForEntity("/api/kalender/hari-kerja?mulai=2025-12-24&tambah=4", Map.class).getBody())
        .containsEntry("sementara", false);
  }

  @Test
  void badParametersNameTheField() {
    ResponseEntity<Map> badDate = as("pemroses1").getForEntity("/api/kalender/hari-kerja?mulai=2025-02-30&tambah=1", Map.class);
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody().get("errors").toString()).contains("mulai");
    ResponseEntity<Map> missing = as("pemroses1").getForEntity("/api/kalender/hari-kerja?mulai=2025-02-03", Map.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody().get("errors").toString()).contains("tambah");
  }

  @Test
  void anonymousCallersAreRefused() {
    assertThat(rest.getForEntity("/api/kalender/libur?tahun=2025", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void onlyAnAdministratorMayChangeTheCalendar() {
    Map<String, String> day = Map.of("jenis", "CUTI_BERSAMA", "keterangan", "Uji", "dasarHukum", "SKB uji");
    ResponseEntity<Map> refused = as("pemroses1").exchange("/api/kalender/libur/2025-12-31", HttpMethod.PUT,
        new HttpEntity<>(day), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void anAdministratorsCorrectionHoldsAtOnceAndCanBeUndone() {
    String url = "/api/kalender/hari-kerja?mulai=2025-10-06&tambah=1";
    assertThat(as("admin").getForEntity(url, Map.class).getBody()).containsEntry("tanggal", "2025-10-07");

    Map<String, String> day = Map.of("jenis", "LIBUR_NASIONAL", "keterangan", "Libur tambahan uji", "dasarHukum", "Keppres uji");
    assertThat(as("admin").exchange("/api/kalender/libur/2025-10-07", HttpMethod.PUT, new HttpEntity<>(day), Void.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("admin").getForEntity(url, Map.class).getBody()).containsEntry("tanggal", "2025-10-08");

    as("admin").delete("/api/kalender/libur/2025-10-07");
    assertThat(as("admin").getForEntity(url, Map.class).getBody()).containsEntry("tanggal", "2025-10-07");
  }

  @Test
  void aNewYearIsEnteredWholeWithItsDecree() {
    Map<String, Object> year = Map.of("dasarHukum", "SKB 3 Menteri uji 2030", "hari", List.of(
        Map.of("tanggal", "2030-01-01", "jenis", "LIBUR_NASIONAL", "keterangan", "Tahun Baru 2030 Masehi")));
    assertThat(as("admin").exchange("/api/kalender/tahun/2030", HttpMethod.PUT, new HttpEntity<>(year), Void.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("admin").getForEntity("/api/kalender/hari-kerja?mulai=2029-12-28&tambah=2", Map.class).getBody())
        .containsEntry("sementara", true);
    assertThat(as("admin").getForEntity("/api/kalender/hari-kerja?mulai=2030-01-01&tambah=1", Map.class).getBody())
        .containsEntry("sementara", false);
    assertThat(as("admin").getForEntity("/api/kalender/hari-kerja?mulai=2030-01-01&tambah=0", Map.class).getBody())
        .containsEntry("tanggal", "2030-01-01");
    assertThat(as("admin").getForEntity("/api/kalender/hari-kerja?mulai=2030-01-02&tambah=1", Map.class).getBody())
        .containsEntry("tanggal", "2030-01-03");
  }

  @Test
  void aDayOfAnUnregisteredYearOrWithoutReasonIsRefused() {
    Map<String, String> day = Map.of("jenis", "LIBUR_NASIONAL", "keterangan", "Uji", "dasarHukum", "Keppres uji");
    ResponseEntity<Map> unregistered = as("admin").exchange("/api/kalender/libur/2031-05-01", HttpMethod.PUT,
        new HttpEntity<>(day), Map.class);
    assertThat(unregistered.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    ResponseEntity<Map> invalid = as("admin").exchange("/api/kalender/libur/2025-05-02", HttpMethod.PUT,
        new HttpEntity<>(Map.of("jenis", "LIBUR")), Map.class);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().get("errors").toString()).contains("jenis", "keterangan", "dasarHukum");
  }
}
