package id.asn.workflow.engine;

import static id.asn.workflow.engine.KebutuhanDriver.ANALIS;
import static id.asn.workflow.workforce.KebutuhanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.support.AppTest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Walks every path of penyusunanKebutuhanAsn: the instansi's five stages, BKN's analysis and technical
 * consideration, each sending the proposal back, the deadline's warning and late mark, the budget change.
 */
@AppTest
class KebutuhanProcessTest {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired DecisionService decisions;

  private KebutuhanDriver driver;
  private String instansi;

  @BeforeEach
  void setUp() {
    driver = new KebutuhanDriver(engine, rest);
    instansi = KebutuhanTestClient.newInstansi(engine, "KabUji");
    at(2026, 2, 2, 9, 0);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  private static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
  }

  private static Date date(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, JAKARTA).toInstant());
  }

  private String op() {
    return KebutuhanTestClient.operator(instansi);
  }

  private ProcessInstance startedWithData() {
    ProcessInstance instance = driver.started(instansi);
    KebutuhanTestClient.importDemo(rest, instansi, KebutuhanTestClient.TAHUN);
    return instance;
  }

  private ResponseEntity<String> changeBudget(String alasan) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return KebutuhanTestClient.as(rest, op()).postForEntity("/api/kebutuhan/2026/perubahan-anggaran",
        new HttpEntity<>(alasan == null ? "{}" : "{\"alasan\": \"" + alasan + "\"}", headers), String.class);
  }

  // --- paths -------------------------------------------------------------------------------------------

  @Test
  void everyStageThenBknIssuesThePertimbanganTeknis() {
    ProcessInstance instance = startedWithData();
    assertThat((String) driver.variable(instance, "ringkasanPenyusunan")).contains("pegawai: 17", "kebutuhan 20 pegawai",
        "1.250 jam kerja efektif").doesNotContain("urutan prioritas");
    driver.analysed(instansi, instance);
    assertThat(instance).isWaitingAt(TASK_USUL_KEBUTUHAN);
    assertThat(driver.planning(instansi).get("status").asText()).isEqualTo("USUL_KEBUTUHAN");
    assertThat((String) driver.variable(instance, "urutanPrioritas")).startsWith("AK.ORG.MUDA ").contains("KABID.PENGADAAN");

    driver.work(op(), instance, TASK_USUL_KEBUTUHAN, driver.proposal(instance));
    at(2026, 3, 20, 14, 0);
    driver.work(op(), instance, TASK_PENYAMPAIAN, driver.letter("2026-03-20"));
    assertThat(instance).hasPassedInOrder(TASK_ANALISIS_JABATAN, TASK_ANALISIS_BEBAN_KERJA, TASK_PETA_JABATAN,
        TASK_USUL_KEBUTUHAN, TASK_PENYAMPAIAN, END_USUL_DISAMPAIKAN, STEP_CATAT_PENYAMPAIAN)
        .isWaitingAt(TASK_ANALISIS_KEBUTUHAN);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
        .as("no deadline timer outlives the submission").isZero();
    assertThat(driver.variable(instance, VAR_TERLAMBAT)).isEqualTo(false);
    JsonNode submitted = driver.planning(instansi);
    assertThat(submitted.get("status").asText()).isEqualTo("ANALISIS_KEBUTUHAN");
    assertThat(submitted.get("terlambat").asBoolean()).isFalse();
    assertThat((String) driver.variable(instance, "ringkasanUsul")).contains("1. AK\\.ORG\\.MUDA", "kurang 2", "20 Maret 2026 14.00 WIB",
        "800/2026\\-03\\-20/BKPSDM");

    driver.analysis(instance, "LANJUT", null);
    assertThat(instance).isWaitingAt(TASK_PERTIMBANGAN_TEKNIS);
    assertThat((String) driver.variable(instance, "ringkasanPertimbangan")).contains("ASN per 1\\.000 penduduk", "1 ASN melayani 48\\.588 penduduk", "32,5%");
    driver.consideration(instance, "TERBITKAN", "Kebutuhan 13 formasi dapat dipertimbangkan sesuai prioritas instansi.");
    driver.runJob(instance, STEP_TERBITKAN);
    assertThat(instance).isEnded().hasPassed(END_PERTIMBANGAN_TERBIT).hasNotPassed(STEP_KEMBALIKAN, TASK_PERBAIKAN,
        TIMER_BATAS, TIMER_PERINGATAN);

    JsonNode done = driver.planning(instansi);
    assertThat(done.get("status").asText()).isEqualTo("SELESAI");
    assertThat(done.get("pertimbanganTeknis").get("nomor").asText()).matches("\\d+/PERTEK-KEB/BKN/2026");
    ResponseEntity<byte[]> pdf = KebutuhanTestClient.as(rest, op()).getForEntity(
        done.get("pertimbanganTeknis").get("url").asText(), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(driver.events(instansi)).startsWith("PERTIMBANGAN_TERBIT", "ANALISIS_SELESAI", "DISAMPAIKAN", "USUL_DISUSUN");
  }

  @Test
  void theAnalysisSendsTheProposalBackAndTheCorrectionComesBackToIt() {
    ProcessInstance instance = startedWithData();
    driver.submitted(instansi, instance, "2026-02-02");
    driver.analysis(instance, "KEMBALIKAN", "Beban kerja Analis SDM Aparatur Ahli Pertama belum wajar");
    assertThat(instance).isWaitingAt(TASK_PERBAIKAN).hasPassed(STEP_KEMBALIKAN);
    JsonNode returned = driver.planning(instansi);
    assertThat(returned.get("status").asText()).isEqualTo("PERBAIKAN");
    assertThat(returned.get("alasanPengembalian").asText()).contains("Ahli Pertama");
    assertThat(driver.events(instansi)).first().isEqualTo("DIKEMBALIKAN");

    // the instansi corrects its data while the proposal is back with it
    String tasks = KebutuhanTestClient.demo("beban-kerja").replace("ASDM.PERTAMA,Memverifikasi berkas mutasi,berkas,2400,60",
        "ASDM.PERTAMA,Memverifikasi berkas mutasi,berkas,1800,60");
    assertThat(KebutuhanTestClient.importCsv(rest, instansi, 2026, "beban-kerja", tasks).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Map<String, Object> correction = new HashMap<>(driver.proposal(instance));
    correction.putAll(driver.letter("2026-02-02"));
    correction.put("catatanPerbaikan", "Volume verifikasi berkas mutasi disesuaikan dengan data 2025");
    driver.work(op(), instance, TASK_PERBAIKAN, correction);
    assertThat(instance).isWaitingAt(TASK_ANALISIS_KEBUTUHAN);
    assertThat(driver.variable(instance, "hasilAnalisis")).as("a new round starts clean").isNull();
    assertThat(driver.events(instansi)).startsWith("PERBAIKAN_DISAMPAIKAN", "PERBAIKAN");

    driver.analysis(instance, "LANJUT", null);
    driver.consideration(instance, "TERBITKAN", "Dapat dipertimbangkan.");
    driver.runJob(instance, STEP_TERBITKAN);
    assertThat(instance).isEnded().hasPassed(TASK_PERBAIKAN, END_PERTIMBANGAN_TERBIT);
    assertThat(driver.planning(instansi).get("terlambat").asBoolean()).isFalse();
  }

  @Test
  void theTechnicalConsiderationMaySendItBackToo() {
    ProcessInstance instance = startedWithData();
    driver.submitted(instansi, instance, "2026-02-02");
    driver.analysis(instance, "LANJUT", null);
    driver.consideration(instance, "KEMBALIKAN", "Rasio belanja pegawai di atas 30%: prioritaskan jabatan fungsional");
    assertThat(instance).isWaitingAt(TASK_PERBAIKAN);
    assertThat(driver.planning(instansi).get("alasanPengembalian").asText()).contains("Rasio belanja");

    Map<String, Object> correction = new HashMap<>(driver.proposal(instance));
    correction.putAll(driver.letter("2026-02-02"));
    correction.put("catatanPerbaikan", "Urutan prioritas disusun ulang");
    driver.work(op(), instance, TASK_PERBAIKAN, correction);
    driver.analysis(instance, "LANJUT", null);
    assertThat(driver.variable(instance, "keputusanPertimbangan")).as("a new round starts clean").isNull();
    driver.consideration(instance, "TERBITKAN", "Dapat dipertimbangkan.");
    driver.runJob(instance, STEP_TERBITKAN);
    assertThat(instance).isEnded().hasPassed(END_PERTIMBANGAN_TERBIT);
  }

  @Nested
  class Deadline {

    @Test
    void theDeadlineIsTheEndOfMarchAndTheWarningTenWorkingDaysBefore() {
      ProcessInstance instance = driver.started(instansi);
      assertThat(driver.job(instance, TIMER_BATAS).getDuedate()).isEqualTo(date(2026, 4, 1, 0, 0));
      // 10 working days before 31 March 2026, across Nyepi and Idul Fitri
      assertThat(driver.job(instance, TIMER_PERINGATAN).getDuedate()).isEqualTo(date(2026, 3, 10, 8, 0));
      assertThat(driver.task(instance, TASK_ANALISIS_JABATAN).getDueDate()).isEqualTo(date(2026, 4, 1, 0, 0));
    }

    @Test
    void theInstansiIsWarnedThenMarkedLateAndItsSubmissionIsLate() {
      ProcessInstance instance = startedWithData();
      at(2026, 3, 10, 8, 0);
      driver.runJob(instance, TIMER_PERINGATAN);
      assertThat(instance).isWaitingAt(WAIT_BATAS, TASK_ANALISIS_JABATAN).hasPassed(STEP_KIRIM_PERINGATAN);
      assertThat(driver.events(instansi)).first().isEqualTo("PERINGATAN_TENGGAT");

      at(2026, 4, 1, 0, 1);
      driver.runJob(instance, TIMER_BATAS_SETELAH_PERINGATAN);
      assertThat(instance).hasPassed(STEP_TANDAI_TERLAMBAT).isWaitingAt(EVENT_PERUBAHAN_ANGGARAN_SETELAH_TERLAMBAT);
      assertThat(driver.planning(instansi).get("terlambat").asBoolean()).isTrue();
      assertThat(driver.events(instansi)).first().isEqualTo("TENGGAT_LEWAT");
      assertThat((String) driver.variable(instance, "ringkasanPenyusunan")).contains("tercatat terlambat");

      at(2026, 4, 8, 10, 0);
      driver.submitted(instansi, instance, "2026-04-08");
      assertThat(driver.variable(instance, VAR_TERLAMBAT)).isEqualTo(true);
      assertThat(driver.planning(instansi).get("terlambat").asBoolean()).isTrue();
      assertThat(driver.events(instansi)).first().isEqualTo("DISAMPAIKAN");
    }

    @Test
    void aSubmissionAfterTheLastDayIsLateEvenBeforeTheTimerRan() {
      ProcessInstance instance = startedWithData();
      at(2026, 4, 1, 7, 0);
      driver.submitted(instansi, instance, "2026-03-31");
      assertThat(driver.planning(instansi).get("terlambat").asBoolean()).isTrue();
    }

    @Test
    void aBudgetChangeMovesTheDeadlineToTheEndOfApril() {
      ProcessInstance instance = driver.started(instansi);
      assertThat(changeBudget(null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      ResponseEntity<String> changed = changeBudget("APBD 2027 berubah karena pemekaran perangkat daerah");
      assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(instance).hasPassed(EVENT_PERUBAHAN_ANGGARAN, STEP_GESER_TENGGAT).isWaitingAt(WAIT_TENGGAT);
      assertThat(driver.job(instance, TIMER_BATAS).getDuedate()).isEqualTo(date(2026, 5, 1, 0, 0));
      assertThat(driver.job(instance, TIMER_PERINGATAN).getDuedate()).isEqualTo(date(2026, 4, 16, 8, 0));
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isEqualTo(2);
      assertThat(driver.task(instance, TASK_ANALISIS_JABATAN).getDueDate()).isEqualTo(date(2026, 5, 1, 0, 0));
      assertThat((String) driver.variable(instance, "ringkasanPenyusunan")).contains("30 April 2026 (diperpanjang");
      JsonNode planning = driver.planning(instansi);
      assertThat(planning.get("batasPenyampaian").asText()).isEqualTo("2026-04-30");
      assertThat(planning.get("perubahanAnggaran").asBoolean()).isTrue();
      assertThat(changeBudget("sekali lagi").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

      KebutuhanTestClient.importDemo(rest, instansi, 2026);
      at(2026, 4, 20, 10, 0);
      driver.submitted(instansi, instance, "2026-04-20");
      assertThat(driver.planning(instansi).get("terlambat").asBoolean()).isFalse();
    }

    @Test
    void aBudgetChangeAfterTheEndOfMarchLiftsTheLateMark() {
      ProcessInstance instance = startedWithData();
      at(2026, 4, 1, 0, 1);
      driver.runJob(instance, TIMER_BATAS);
      assertThat(driver.planning(instansi).get("terlambat").asBoolean()).isTrue();

      at(2026, 4, 6, 9, 0);
      assertThat(changeBudget("Rencana anggaran 2027 berubah").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(instance).hasPassed(EVENT_PERUBAHAN_ANGGARAN_SETELAH_TERLAMBAT).isWaitingAt(WAIT_TENGGAT);
      assertThat(driver.planning(instansi).get("terlambat").asBoolean()).isFalse();
      assertThat(driver.events(instansi)).first().isEqualTo("TENGGAT_DIGESER");

      driver.submitted(instansi, instance, "2026-04-06");
      assertThat(driver.variable(instance, VAR_TERLAMBAT)).isEqualTo(false);
      assertThat(changeBudget("terlambat mengubah").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aWarningIsSentOncePerDeadline() {
      ProcessInstance instance = driver.started(instansi);
      driver.runJob(instance, TIMER_PERINGATAN);
      assertThat(changeBudget("Rencana anggaran berubah").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(instance).hasPassed(EVENT_PERUBAHAN_ANGGARAN_SETELAH_PERINGATAN);
      driver.runJob(instance, TIMER_PERINGATAN);
      assertThat(driver.events(instansi).stream().filter("PERINGATAN_TENGGAT"::equals)).hasSize(2);
    }
  }

  @Nested
  class ServerSideChecks {

    @Test
    void aStageCompletesOnlyWithItsDataAndItsConfirmation() {
      ProcessInstance instance = driver.started(instansi);
      assertThatThrownBy(() -> driver.work(op(), instance, TASK_ANALISIS_JABATAN, Map.of("analisisJabatanSelesai", true)))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("belum ada unit organisasi");
      KebutuhanTestClient.importCsv(rest, instansi, 2026, "unit-organisasi", KebutuhanTestClient.demo("unit-organisasi"));
      KebutuhanTestClient.importCsv(rest, instansi, 2026, "jabatan", KebutuhanTestClient.demo("jabatan"));
      assertThatThrownBy(() -> driver.work(op(), instance, TASK_ANALISIS_JABATAN, Map.of()))
          .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "analisisJabatanSelesai");
      driver.work(op(), instance, TASK_ANALISIS_JABATAN, Map.of("analisisJabatanSelesai", true));

      assertThatThrownBy(() -> driver.work(op(), instance, TASK_ANALISIS_BEBAN_KERJA, Map.of("analisisBebanKerjaSelesai", true)))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("13 jabatan belum memiliki uraian tugas");
      assertThat(instance).isWaitingAt(TASK_ANALISIS_BEBAN_KERJA);
      // the form states the divisor the analysis uses, from WorkloadAnalysis
      assertThat(engine.getTaskService().getVariable(driver.task(instance, TASK_ANALISIS_BEBAN_KERJA).getId(),
          "jamKerjaEfektif")).isEqualTo("1.250");
    }

    @Test
    void theProposalNeedsEveryShortPositionRankedAndItsAttachments() {
      ProcessInstance instance = startedWithData();
      driver.analysed(instansi, instance);
      Map<String, Object> proposal = new HashMap<>(driver.proposal(instance));
      proposal.put("urutanPrioritas", "SEKDA\nKABAG.ORG");
      assertThatThrownBy(() -> driver.work(op(), instance, TASK_USUL_KEBUTUHAN, proposal))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("AK.ORG.MUDA");
      proposal.putAll(driver.proposal(instance));
      proposal.remove("jumlahPenduduk");
      assertThatThrownBy(() -> driver.work(op(), instance, TASK_USUL_KEBUTUHAN, proposal))
          .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "jumlahPenduduk");
      assertThat(instance).isWaitingAt(TASK_USUL_KEBUTUHAN);
    }

    @Test
    void theDataIsLockedWhileThePpkSignsAndAfterSubmissionUntilReturned() {
      ProcessInstance instance = startedWithData();
      driver.analysed(instansi, instance);
      driver.work(op(), instance, TASK_USUL_KEBUTUHAN, driver.proposal(instance));
      ResponseEntity<String> locked = KebutuhanTestClient.importCsv(rest, instansi, 2026, "pegawai",
          KebutuhanTestClient.demo("pegawai"));
      assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(locked.getBody()).contains("pengesahan");
      assertThatThrownBy(() -> driver.work(op(), instance, TASK_PENYAMPAIAN, Map.of("nomorSuratPengantar", "1")))
          .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "tanggalSuratPengantar");
      driver.work(op(), instance, TASK_PENYAMPAIAN, driver.letter("2026-02-02"));
      assertThat(KebutuhanTestClient.importCsv(rest, instansi, 2026, "pegawai", KebutuhanTestClient.demo("pegawai"))
          .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void bknGivesItsReasonsAndItsNumbers() {
      ProcessInstance instance = startedWithData();
      driver.submitted(instansi, instance, "2026-02-02");
      assertThatThrownBy(() -> driver.analysis(instance, "KEMBALIKAN", " "))
          .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "alasanAnalisis");
      Map<String, Object> wrongNumbers = new HashMap<>(Map.of("hasilAnalisis", "LANJUT", "inventarisasiData", true,
          "klasifikasiData", true, "pengolahanData", true, "verifikasiValidasi", true, "penetapanKebutuhan", "KEPALA=3",
          "laporanAnalisis", "x"));
      assertThatThrownBy(() -> driver.work(ANALIS, instance, TASK_ANALISIS_KEBUTUHAN, wrongNumbers))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("KEPALA");
      driver.analysis(instance, "LANJUT", null);
      assertThatThrownBy(() -> driver.consideration(instance, "TERBITKAN", null))
          .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "catatanPertimbangan");
      assertThat(instance).isWaitingAt(TASK_PERTIMBANGAN_TEKNIS);
    }

    @Test
    void onlyTheInstansisOwnOperatorsWorkItsTasks() {
      ProcessInstance instance = driver.started(instansi);
      String other = KebutuhanTestClient.newInstansi(engine, "KabUji");
      String taskId = driver.task(instance, TASK_ANALISIS_JABATAN).getId();
      engine.getIdentityService().setAuthentication(KebutuhanTestClient.operator(other), driver.groupsOf(
          KebutuhanTestClient.operator(other)));
      try {
        assertThatThrownBy(() -> engine.getTaskService().claim(taskId, KebutuhanTestClient.operator(other)))
            .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of("analisisJabatanSelesai", true)))
            .isInstanceOf(AuthorizationException.class);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      assertThat(instance).isWaitingAt(TASK_ANALISIS_JABATAN);
    }
  }

  @Test
  void theRetirementAgeTableFollowsThePositionKind() {
    Map<String, Integer> expected = Map.of("JPT/PRATAMA", 60, "JA/ADMINISTRATOR", 58, "JA/PELAKSANA", 58,
        "JF/AHLI_UTAMA", 65, "JF/AHLI_MADYA", 60, "JF/AHLI_MUDA", 58, "JF/AHLI_PERTAMA", 58, "JF/TERAMPIL", 58);
    expected.forEach((key, age) -> {
      String[] parts = key.split("/");
      Object result = decisions.evaluateDecisionTableByKey(DECISION_BATAS_USIA_PENSIUN,
          Map.of("jenisJabatan", parts[0], "jenjang", parts[1])).getSingleResult().getSingleEntry();
      assertThat(((Number) result).intValue()).as(key).isEqualTo(age);
    });
  }
}
