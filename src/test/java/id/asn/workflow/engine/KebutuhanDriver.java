package id.asn.workflow.engine;

import static id.asn.workflow.workforce.KebutuhanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Drives penyusunanKebutuhanAsn as its users would: the instansi starts and fills its planning through the
 * API and works its tasks as its operator, BKN's analyst works the analysis; timers run when a test says so.
 */
final class KebutuhanDriver extends ProcessDriver {

  static final String ANALIS = "analis1";

  private final TestRestTemplate rest;
  private final ObjectMapper mapper = new ObjectMapper();

  KebutuhanDriver(ProcessEngine engine, TestRestTemplate rest) {
    super(engine);
    this.rest = rest;
  }

  /** A new instansi's planning of 2026, started through the API: waiting at job analysis and for its deadline. */
  ProcessInstance started(String instansi) {
    assertThat(KebutuhanTestClient.start(rest, instansi, KebutuhanTestClient.TAHUN).getStatusCode().value()).isEqualTo(201);
    ProcessInstance instance = instance(instansi);
    assertThat(instance).isWaitingAt(TASK_ANALISIS_JABATAN, WAIT_TENGGAT);
    return instance;
  }

  ProcessInstance instance(String instansi) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(instansi + "-" + KebutuhanTestClient.TAHUN).singleResult();
  }







  /** The three analysis stages, each confirmed, on the demo sample. */
  void analysed(String instansi, ProcessInstance instance) {
    String op = KebutuhanTestClient.operator(instansi);
    work(op, instance, TASK_ANALISIS_JABATAN, Map.of("analisisJabatanSelesai", true));
    work(op, instance, TASK_ANALISIS_BEBAN_KERJA, Map.of("analisisBebanKerjaSelesai", true));
    work(op, instance, TASK_PETA_JABATAN, Map.of("petaJabatanSelesai", true));
  }

  /** The proposal with the priority order the form starts from and a regency's attachments. */
  Map<String, Object> proposal(ProcessInstance instance) {
    Map<String, Object> values = new HashMap<>();
    values.put("urutanPrioritas", variable(instance, "urutanPrioritas"));
    values.put("kondisiGeografis", "Pesisir utara Jawa dan pegunungan Dieng");
    values.put("potensiDaerah", "Kawasan Industri Terpadu Batang");
    values.put("jumlahPenduduk", 826_000L);
    values.put("luasWilayah", 788.65);
    values.put("belanjaPegawai", 650_000_000_000L);
    values.put("belanjaTotal", 2_000_000_000_000L);
    return values;
  }

  Map<String, Object> letter(String tanggal) {
    return Map.of("nomorSuratPengantar", "800/" + tanggal + "/BKPSDM", "tanggalSuratPengantar", tanggal,
        "disahkanOleh", "Bupati", "renstraDilampirkan", true);
  }

  /** Every instansi stage up to the submission, on the demo sample, the letter dated {@code tanggal}. */
  void submitted(String instansi, ProcessInstance instance, String tanggal) {
    analysed(instansi, instance);
    String op = KebutuhanTestClient.operator(instansi);
    work(op, instance, TASK_USUL_KEBUTUHAN, proposal(instance));
    work(op, instance, TASK_PENYAMPAIAN, letter(tanggal));
    assertThat(instance).isWaitingAt(TASK_ANALISIS_KEBUTUHAN);
  }

  void analysis(ProcessInstance instance, String hasil, String alasan) {
    Map<String, Object> values = new HashMap<>();
    values.put("hasilAnalisis", hasil);
    values.put("alasanAnalisis", alasan);
    if ("LANJUT".equals(hasil)) {
      values.put("inventarisasiData", true);
      values.put("klasifikasiData", true);
      values.put("pengolahanData", true);
      values.put("verifikasiValidasi", true);
      values.put("penetapanKebutuhan", variable(instance, "penetapanKebutuhan"));
      values.put("laporanAnalisis", "Kebutuhan sesuai analisis jabatan dan beban kerja.");
    }
    work(ANALIS, instance, TASK_ANALISIS_KEBUTUHAN, values);
  }

  void consideration(ProcessInstance instance, String keputusan, String catatan) {
    Map<String, Object> values = new HashMap<>();
    values.put("keputusanPertimbangan", keputusan);
    values.put("catatanPertimbangan", catatan);
    work(ANALIS, instance, TASK_PERTIMBANGAN_TEKNIS, values);
  }

  JsonNode planning(String instansi) {
    return read(KebutuhanTestClient.as(rest, KebutuhanTestClient.operator(instansi)).getForEntity(
        "/api/kebutuhan/" + KebutuhanTestClient.TAHUN, String.class).getBody());
  }

  List<String> events(String instansi) {
    return read(KebutuhanTestClient.as(rest, KebutuhanTestClient.operator(instansi)).getForEntity(
        "/api/kebutuhan/" + KebutuhanTestClient.TAHUN + "/riwayat", String.class).getBody()).findValuesAsText("peristiwa");
  }

  private JsonNode read(String json) {
    try {
      return mapper.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(json, e);
    }
  }
}
