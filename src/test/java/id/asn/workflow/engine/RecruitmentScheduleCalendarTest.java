package id.asn.workflow.engine;

import static id.asn.workflow.recruitment.SeleksiTestClient.*;
import static id.asn.workflow.recruitment.PengadaanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.support.AppTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A recruitment set on 2 December 2026 whose schedule runs into 2027, a year without a decree: accepted on the
 * provisional calendar and said to be provisional. The decree then adds a day off that leaves fewer than the 10
 * working days Lampiran I IV requires before the administrative selection: the committee is warned with the rule.
 */
@AppTest
class RecruitmentScheduleCalendarTest {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;

  private ProcessDriver driver;
  private String periode;
  private ProcessInstance instance;

  @BeforeEach
  void setUp() {
    driver = new ProcessDriver(engine) {};
    TestClock.at(2026, 12, 2);
    periode = open(rest, newInstansi("KabJadwal"), 2027);
    instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(periode).singleResult();
  }

  @AfterEach
  void forgetTheDecree() {
    jdbc.sql("delete from hari_libur where tanggal between DATE '2027-01-01' and DATE '2027-12-31'").update();
    jdbc.sql("delete from kalender_tahun where tahun = 2027").update();
    ClockUtil.reset();
  }

  @Test
  void aScheduleIntoAnUndecreedYearIsAcceptedWithANoteAndWarnedWhenTheDecreeBreaksIt() {
    committee();
    // applications close Mon 21 Dec 2026; 10 working days on the provisional calendar: 22, 23, 28-31 Dec, then
    // 4 Jan, (1 Jan; 5-6 Jan Isra Mikraj) 7, 8, 11 Jan 2027
    driver.work(PANITIA, instance, TASK_TETAPKAN_JADWAL, Map.of("pengumumanMulai", "2026-12-07",
        "pengumumanSelesai", "2026-12-21", "batasPelamaran", "2026-12-21", "seleksiAdministrasi", "2027-01-11",
        "tanggalSkd", "2027-02-15", "tanggalSkb", "2027-02-22"));

    assertThat(events("JADWAL")).singleElement().asString().contains("sementara");
    assertThat(driver.variable(instance, ProcessDeadlines.VAR_CATATAN_TENGGAT).toString()).contains("belum ditetapkan");
    JsonNode tenggat = rest.withBasicAuth(PANITIA, PASSWORD).getForEntity("/api/seleksi/" + periode, JsonNode.class)
        .getBody().get("tenggat");
    // the last day that leaves 14 working days up to SKD on Mon 15 Feb 2027: 26 Jan (Imlek 6-7 Feb on a weekend)
    assertThat(tenggat).singleElement().satisfies(t -> {
      assertThat(t.get("variabel").asText()).isEqualTo("batasKirimPanselnas");
      assertThat(t.get("tanggal").asText()).isEqualTo("2027-01-26");
      assertThat(t.get("sementara").asBoolean()).isTrue();
    });

    // the decree: Isra Mikraj on 6 January and cuti bersama on 4 and 5 January leave 9 working days
    ResponseEntity<JsonNode> entered = rest.withBasicAuth("admin", "rahasia").exchange("/api/kalender/tahun/2027",
        HttpMethod.PUT, json(Map.of("dasarHukum", "SKB contoh 2027", "hari", List.of(
            Map.of("tanggal", "2027-01-01", "jenis", "LIBUR_NASIONAL", "keterangan", "Tahun Baru 2027 Masehi"),
            Map.of("tanggal", "2027-01-04", "jenis", "CUTI_BERSAMA", "keterangan", "Cuti bersama contoh"),
            Map.of("tanggal", "2027-01-05", "jenis", "CUTI_BERSAMA", "keterangan", "Cuti bersama contoh"),
            Map.of("tanggal", "2027-01-06", "jenis", "LIBUR_NASIONAL", "keterangan", "Isra Mikraj")))), JsonNode.class);

    assertThat(entered.getBody().get("peringatan")).anySatisfy(w -> assertThat(w.asText()).startsWith(periode + ":")
        .contains("seleksiAdministrasi").contains("10 hari kerja"));
    assertThat(events("PERINGATAN_JADWAL")).singleElement().asString()
        .contains("tahun 2027").contains("seleksiAdministrasi").contains("baru 9 hari kerja");
    assertThat(driver.variable(instance, ProcessDeadlines.VAR_CATATAN_TENGGAT)).as("the SKD data deadline is decreed now")
        .isEqualTo("");
  }

  private List<String> events(String peristiwa) {
    return jdbc.sql("select keterangan from seleksi_riwayat where periode_id = ? and peristiwa = ? order by id")
        .params(periode, peristiwa).query(String.class).list();
  }

  private void committee() {
    driver.work("ppkbatang", instance, TASK_BENTUK_PANITIA, RecruitmentProcessTest.committeeValues());
  }

  private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
