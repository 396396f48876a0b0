package id.asn.workflow.demo;

import static id.asn.workflow.engine.KebutuhanTestClient.TAHUN;
import static id.asn.workflow.engine.KebutuhanTestClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.workforce.Planning;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The demo profile's sample planning of Kabupaten Batang, read through the workforce-planning API. */
@AppTest
class DemoPlanningTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired ObjectMapper mapper;
  @Autowired DemoPlanning demoPlanning;

  ResponseEntity<String> get(String user, String url) {
    return as(rest, user).getForEntity(url, String.class);
  }

  @Test
  void theDemoSampleFillsKabupatenBatangsPlanning() throws Exception {
    Planning planning = demoPlanning.load(TAHUN).orElseThrow();
    assertThat(planning.id()).isEqualTo("KabBatang-2026");
    JsonNode read = mapper.readTree(get("operatorbatang", "/api/kebutuhan/2026").getBody());
    assertThat(read.get("namaInstansi").asText()).isEqualTo("Pemerintah Kabupaten Batang");
    assertThat(read.get("jumlah").get("pegawai").asInt()).isEqualTo(17);
    assertThat(demoPlanning.load(TAHUN)).map(Planning::id).contains("KabBatang-2026");
    String summary = (String) engine.getRuntimeService().getVariable(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("KabBatang-2026").singleResult().getId(), "ringkasanPenyusunan");
    assertThat(summary).contains("Pemerintah Kabupaten Batang", "pegawai: 17", "kebutuhan 20 pegawai");
    // read as a BKN analyst would, with a character a PDF font cannot show in no field
    assertThat(get("analis1", "/api/kebutuhan/2026/peta-jabatan?format=pdf&instansi=KabBatang").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get("analis1", "/api/kebutuhan/2026/peta-jabatan?instansi=KabBatang").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as(rest, "operatorbatang").exchange("/api/kebutuhan/2026/riwayat", HttpMethod.GET, null, String.class)
        .getBody()).contains("DIMULAI");
  }
}
