package id.asn.workflow.workforce;

import static id.asn.workflow.engine.KebutuhanTestClient.TAHUN;
import static id.asn.workflow.engine.KebutuhanTestClient.as;
import static id.asn.workflow.engine.KebutuhanTestClient.demo;
import static id.asn.workflow.engine.KebutuhanTestClient.importCsv;
import static id.asn.workflow.engine.KebutuhanTestClient.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.engine.KebutuhanTestClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The workforce-planning API with real requests: calculator, start, imports, reports and who sees what. */
@AppTest
class PlanningApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired ObjectMapper mapper;

  JsonNode json(ResponseEntity<String> response) throws Exception {
    return mapper.readTree(response.getBody());
  }

  ResponseEntity<String> get(String user, String url) {
    return as(rest, user).getForEntity(url, String.class);
  }

  @Nested
  class Calculator {

    ResponseEntity<String> abk(String body) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      return rest.withBasicAuth("operatorbatang", "rahasia").postForEntity("/api/kebutuhan/abk",
          new HttpEntity<>(body, headers), String.class);
    }

    @Test
    void tasksGiveTheWorkloadTheNeedAndTheEffectivenessOfTheCurrentStaff() throws Exception {
      JsonNode result = json(abk("""
          {"tugas": [{"uraian": "Memverifikasi berkas", "volumePerTahun": 1200, "normaWaktuMenit": 45},
                     {"uraian": "Menyusun konsep keputusan", "volumePerTahun": 300, "normaWaktuMenit": 90},
                     {"uraian": "Menyusun laporan", "volumePerTahun": 24, "normaWaktuMenit": 480}],
           "jumlahPegawai": 2}"""));
      assertThat(result.get("bebanKerjaJam").decimalValue()).isEqualByComparingTo("1542");
      assertThat(result.get("kebutuhanPegawai").decimalValue()).isEqualByComparingTo("1.23");
      assertThat(result.get("kebutuhanPegawaiBulat").asInt()).isEqualTo(1);
      assertThat(result.get("jamKerjaEfektif").asInt()).isEqualTo(1250);
      assertThat(result.get("efektivitasJabatan").decimalValue()).isEqualByComparingTo("0.62");
    }

    @Test
    void theYearChoosesTheEffectiveHoursOfTheTableAndAYearWithoutARowIsRefusedNamingTheTable() throws Exception {
      String tasks = "{\"tugas\": [{\"uraian\": \"Memverifikasi\", \"volumePerTahun\": 1250, \"normaWaktuMenit\": 60}], ";
      assertThat(json(abk(tasks + "\"tahun\": 2026}")).get("jamKerjaEfektif").asInt()).isEqualTo(1250);
      ResponseEntity<String> before = abk(tasks + "\"tahun\": 2021}");
      assertThat(before.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(before.getBody()).contains("processes/jam-kerja-efektif.dmn", "tahun 2021");
      ResponseEntity<String> outside = abk(tasks + "\"tahun\": 1999}");
      assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json(outside).get("errors").findValuesAsText("field")).containsExactly("tahun");
    }

    @Test
    void everyInvalidFieldIsNamed() throws Exception {
      ResponseEntity<String> refused = abk("""
          {"tugas": [{"uraian": "", "volumePerTahun": -1, "normaWaktuMenit": 45}, {"uraian": "x"}]}""");
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json(refused).get("errors").findValuesAsText("field")).containsExactly("tugas[0].uraian",
          "tugas[0].volumePerTahun", "tugas[1].volumePerTahun", "tugas[1].normaWaktuMenit");
      assertThat(abk("{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(rest.postForEntity("/api/kebutuhan/abk", Map.of("tugas", List.of()), String.class).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Nested
  class Starting {

    @Test
    void anOperatorStartsTheYearsPlanningOnceWithItsDeadline() throws Exception {
      String instansi = KebutuhanTestClient.newInstansi(engine, "KabUji");
      ResponseEntity<String> started = KebutuhanTestClient.start(rest, instansi, TAHUN);
      assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      JsonNode planning = json(started);
      assertThat(planning.get("id").asText()).isEqualTo(instansi + "-2026");
      assertThat(planning.get("jenisInstansi").asText()).isEqualTo("KABUPATEN_KOTA");
      assertThat(planning.get("status").asText()).isEqualTo("ANALISIS_JABATAN");
      assertThat(planning.get("tanggalData").asText()).isEqualTo("2025-12-31");
      assertThat(planning.get("tahunKebutuhan").asInt()).isEqualTo(2027);
      assertThat(planning.get("batasPenyampaian").asText()).isEqualTo("2026-03-31");
      assertThat(planning.get("tanggalPeringatan").asText()).isEqualTo("2026-03-10");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(instansi + "-2026")
          .processDefinitionKey("penyusunanKebutuhanAsn").count()).isOne();

      ResponseEntity<String> again = KebutuhanTestClient.start(rest, instansi, TAHUN);
      assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(json(again).get("detail").asText()).contains("sudah ada");
    }

    @Test
    void aYearWithoutAHolidayDecreeStartsOnTheProvisionalCalendar() throws Exception {
      String instansi = KebutuhanTestClient.newInstansi(engine, "KabUji");
      ResponseEntity<String> started = KebutuhanTestClient.start(rest, instansi, 2031);
      assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(get(operator(instansi), "/api/kebutuhan/2031").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(instansi + "-2031")
          .count()).isOne();
      assertThat(KebutuhanTestClient.start(rest, instansi, 1999).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theKindOfInstansiComesFromItsCodeOrIsGiven() throws Exception {
      String provinsi = KebutuhanTestClient.newInstansi(engine, "ProvUji");
      assertThat(json(KebutuhanTestClient.start(rest, provinsi, TAHUN)).get("jenisInstansi").asText()).isEqualTo("PROVINSI");
      String badan = KebutuhanTestClient.newInstansi(engine, "BadanUji");
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      ResponseEntity<String> wrong = as(rest, operator(badan)).postForEntity("/api/kebutuhan/2026",
          new HttpEntity<>("{\"jenisInstansi\": \"DESA\"}", headers), String.class);
      assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json(KebutuhanTestClient.start(rest, badan, TAHUN)).get("jenisInstansi").asText()).isEqualTo("PUSAT");
    }

    @Test
    void onlyAnInstansiOperatorStartsAndNeverThroughTheEngine() {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      assertThat(rest.withBasicAuth("analis1", "rahasia").postForEntity("/api/kebutuhan/2026", new HttpEntity<>("{}", headers),
          String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      // the engine's own check, as the engine REST and Tasklist apply it (see asUser for why not over HTTP)
      assertThatThrownBy(() -> asUser("operatorbatang", () -> engine.getRuntimeService()
          .startProcessInstanceByKey("penyusunanKebutuhanAsn")))
          .isInstanceOf(AuthorizationException.class).hasMessageContaining("CREATE");
    }
  }

  @Nested
  class Imports {

    String instansi;

    @BeforeEach
    void started() {
      instansi = KebutuhanTestClient.newInstansi(engine, "KabUji");
      assertThat(KebutuhanTestClient.start(rest, instansi, TAHUN).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    JsonNode counts() throws Exception {
      return json(get(operator(instansi), "/api/kebutuhan/2026")).get("jumlah");
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryRowAndChangesNothing() throws Exception {
      assertThat(importCsv(rest, instansi, TAHUN, "unit-organisasi", demo("unit-organisasi")).getStatusCode())
          .isEqualTo(HttpStatus.OK);
      ResponseEntity<String> refused = importCsv(rest, instansi, TAHUN, "jabatan", """
          kodeJabatan,namaJabatan,kodeUnit,jenisJabatan,jenjang,kelasJabatan,ikhtisarJabatan
          SEKDA,Sekretaris Daerah,SETDA,JPT,PRATAMA,15,Membantu bupati
          KABAG,Kepala Bagian,TIDAKADA,JA,ADMINISTRATOR,11,Memimpin bagian
          ANALIS,Analis,SETDA.ORG,JF,AHLI_MUDA,20,Menganalisis
          """);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      JsonNode problem = json(refused);
      assertThat(problem.get("detail").asText()).contains("tidak ada data yang diubah");
      assertThat(problem.get("baris").findValuesAsText("baris")).containsExactly("3", "4");
      assertThat(problem.get("baris").findValuesAsText("kolom")).containsExactly("kodeUnit", "kelasJabatan");
      assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("baris 3 kodeUnit", "baris 4 kelasJabatan");
      assertThat(counts().get("jabatan").asInt()).isZero();
    }

    @Test
    void theSameFileTwiceChangesNothingAndAnExportImportsBackUnchanged() throws Exception {
      KebutuhanTestClient.startWithDemoDataImports(rest, instansi);
      for (String jenis : List.of("unit-organisasi", "jabatan", "beban-kerja", "pegawai")) {
        JsonNode again = json(importCsv(rest, instansi, TAHUN, jenis, demo(jenis)));
        assertThat(again.get("berubah").asBoolean()).as(jenis).isFalse();
        String exported = get(operator(instansi), "/api/kebutuhan/2026/" + jenis).getBody();
        JsonNode roundTrip = json(importCsv(rest, instansi, TAHUN, jenis, exported));
        assertThat(roundTrip.get("berubah").asBoolean()).as("%s exported:%n%s", jenis, exported).isFalse();
      }
      JsonNode counts = counts();
      assertThat(List.of(counts.get("unit").asInt(), counts.get("jabatan").asInt(), counts.get("tugas").asInt(),
          counts.get("pegawai").asInt())).containsExactly(6, 13, 39, 17);
      List<String> events = json(get(operator(instansi), "/api/kebutuhan/2026/riwayat")).findValuesAsText("peristiwa");
      assertThat(events.stream().filter(e -> e.startsWith("IMPOR_"))).hasSize(4);
    }

    @Test
    void aReplacementMayNotDropAUnitOrPositionStillInUse() throws Exception {
      KebutuhanTestClient.startWithDemoDataImports(rest, instansi);
      ResponseEntity<String> withoutUmum = importCsv(rest, instansi, TAHUN, "unit-organisasi",
          "kodeUnit,namaUnit,kodeIndukUnit\nSETDA,Sekretariat Daerah,\n");
      assertThat(withoutUmum.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(json(withoutUmum).get("detail").asText()).contains("SETDA.UMUM");
      assertThat(counts().get("unit").asInt()).isEqualTo(6);
    }

    @Test
    void aFileInAnotherEncodingIsRefusedAtItsLine() throws Exception {
      byte[] latin1 = "kodeUnit,namaUnit\nA,Unit A\nB,Unit Pengembangan Sumber Daya Manusia Kabupaten Pati\u00e9\n"
          .getBytes(StandardCharsets.ISO_8859_1);
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.parseMediaType("text/csv"));
      ResponseEntity<String> refused = as(rest, operator(instansi)).postForEntity("/api/kebutuhan/2026/unit-organisasi",
          new HttpEntity<>(latin1, headers), String.class);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json(refused).get("baris").get(0).get("baris").asInt()).isEqualTo(3);
    }

    @Test
    void aFileCanBeUploadedAsAMultipartPart() throws Exception {
      MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
      parts.add("file", new ByteArrayResource(demo("unit-organisasi").getBytes(StandardCharsets.UTF_8)) {
        @Override
        public String getFilename() {
          return "unit.csv";
        }
      });
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      ResponseEntity<String> imported = as(rest, operator(instansi)).postForEntity("/api/kebutuhan/2026/unit-organisasi",
          new HttpEntity<>(parts, headers), String.class);
      assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(json(imported).get("jumlahBaris").asInt()).isEqualTo(6);
    }

    @Test
    void theMapTheProposalAndItsProjectionComeFromTheData() throws Exception {
      KebutuhanTestClient.startWithDemoDataImports(rest, instansi);
      String op = operator(instansi);
      JsonNode map = json(get(op, "/api/kebutuhan/2026/peta-jabatan"));
      assertThat(map.get("unit")).hasSize(6);
      assertThat(map.get("total").get("kebutuhanPegawai").asInt()).isEqualTo(20);
      assertThat(map.get("total").get("pegawaiAda").asInt()).isEqualTo(17);
      assertThat(map.get("unit").get(0).get("jabatan").get(0).get("kode").asText()).isEqualTo("SEKDA");

      ResponseEntity<byte[]> csv = as(rest, op).getForEntity("/api/kebutuhan/2026/peta-jabatan?format=csv", byte[].class);
      assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
      assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).startsWith("\uFEFFkodeUnit,namaUnit,");
      ResponseEntity<byte[]> semicolon = as(rest, op).getForEntity("/api/kebutuhan/2026/peta-jabatan?format=csv-id",
          byte[].class);
      assertThat(new String(semicolon.getBody(), StandardCharsets.UTF_8)).startsWith("\uFEFFkodeUnit;namaUnit;");
      for (String path : List.of("/api/kebutuhan/2026/peta-jabatan?format=xlsx", "/api/kebutuhan/2026/usul?format=xlsx",
          "/api/kebutuhan/2026/pegawai?format=xlsx")) {
        ResponseEntity<byte[]> xlsx = as(rest, op).getForEntity(path, byte[].class);
        assertThat(xlsx.getHeaders().getContentType()).as(path).isEqualTo(
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).as(path).endsWith(".xlsx");
        assertThat(new String(xlsx.getBody(), 0, 2, StandardCharsets.US_ASCII)).as("a zip").isEqualTo("PK");
      }
      ResponseEntity<byte[]> pdf = as(rest, op).getForEntity("/api/kebutuhan/2026/peta-jabatan?format=pdf", byte[].class);
      assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      assertThat(get(op, "/api/kebutuhan/2026/peta-jabatan?format=xls").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

      JsonNode usul = json(get(op, "/api/kebutuhan/2026/usul")).get("usul");
      assertThat(usul.get("tahunProyeksi").toString()).isEqualTo("[2026,2027,2028,2029,2030]");
      assertThat(usul.get("total").get("kekurangan").asInt()).isEqualTo(13);
      assertThat(usul.get("total").get("kelebihan").asInt()).isEqualTo(1);
      assertThat(usul.get("total").get("pensiun").toString()).isEqualTo("[0,2,3,1,0]");
      assertThat(usul.get("total").get("perjanjianBerakhir").toString()).isEqualTo("[0,1,1,1,0]");
      assertThat(json(get(op, "/api/kebutuhan/2026/usul")).get("prioritas")).hasSize(9);
      assertThat(get(op, "/api/kebutuhan/2026/usul?format=csv").getBody()).contains("pensiun2026");
      JsonNode variables = json(get(op, "/api/kebutuhan/2026/pertimbangan-teknis")).get("variabel");
      assertThat(variables.get("jenisInstansi").asText()).isEqualTo("KABUPATEN_KOTA");
      assertThat(get(op, "/api/kebutuhan/2026/pertimbangan-teknis.pdf").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
  }

  @Nested
  class Access {

    @Test
    void anotherInstansiSeesNothingBknAndAdministratorsSeeAll() throws Exception {
      String batang = KebutuhanTestClient.newInstansi(engine, "KabUji");
      String other = KebutuhanTestClient.newInstansi(engine, "KabUji");
      assertThat(KebutuhanTestClient.start(rest, batang, TAHUN).getStatusCode()).isEqualTo(HttpStatus.CREATED);

      assertThat(get(operator(other), "/api/kebutuhan/2026?instansi=" + batang).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(get(operator(other), "/api/kebutuhan/2026/peta-jabatan?instansi=" + batang).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(get(operator(other), "/api/kebutuhan/2026").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(json(get(operator(other), "/api/kebutuhan")).findValuesAsText("instansi")).doesNotContain(batang);
      assertThat(importCsv(rest, other, TAHUN, "unit-organisasi", demo("unit-organisasi")).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);

      assertThat(get("analis1", "/api/kebutuhan/2026?instansi=" + batang).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(get("admin", "/api/kebutuhan/2026?instansi=" + batang).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(get("analis1", "/api/kebutuhan/2026").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(json(get("analis1", "/api/kebutuhan?tahun=2026")).findValuesAsText("instansi")).contains(batang);
      HttpHeaders csv = new HttpHeaders();
      csv.setContentType(MediaType.parseMediaType("text/csv"));
      assertThat(rest.withBasicAuth("analis1", "rahasia").postForEntity("/api/kebutuhan/2026/unit-organisasi?instansi="
          + batang, new HttpEntity<>(demo("unit-organisasi"), csv), String.class).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(get("panitia1", "/api/kebutuhan").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anOperatorSeesOnlyTheTasksOfTheirOwnInstansi() {
      String mine = KebutuhanTestClient.newInstansi(engine, "KabUji");
      String other = KebutuhanTestClient.newInstansi(engine, "KabUji");
      KebutuhanTestClient.start(rest, mine, TAHUN);
      Supplier<Long> tasks = () -> engine.getTaskService().createTaskQuery()
          .processInstanceBusinessKey(mine + "-2026").count();
      assertThat(asUser(operator(mine), tasks)).isOne();
      assertThat(asUser(operator(other), tasks)).isZero();
      assertThat(asUser("analis1", tasks)).isZero();
      Supplier<List<String>> filters = () -> engine.getFilterService().createFilterQuery().list().stream()
          .map(f -> f.getName()).toList();
      assertThat(asUser("operatorbatang", filters)).containsExactlyInAnyOrder("Tugas saya",
          "Tugas Pemerintah Kabupaten Batang");
      // a group created while the application runs has its queue at once, not at the next start
      assertThat(asUser(operator(mine), filters)).containsExactlyInAnyOrder("Tugas saya", "Tugas Pemerintah " + mine);
      assertThat(asUser("analis1", filters)).containsExactlyInAnyOrder("Tugas saya", "Analisis Kebutuhan ASN");
    }
  }

  /**
   * Runs as a signed-in user would, with the engine's authorizations. Not over the engine REST API: every
   * Spring test context registers its engine under the name "default" in the engine's static registry, so
   * /engine-rest may answer from another test context's engine, which does not know this test's users.
   */
  <T> T asUser(String user, Supplier<T> action) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
