package id.asn.workflow.engine;

import static id.asn.workflow.appointment.PengangkatanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.appointment.AppointmentService;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.support.AppTest;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks pengangkatanPppk (Lampiran II VI-VIII): the hand-off of a PPPK period starts it through the same
 * POST /api/pengangkatan/{periode}/mulai as CPNS; call-up and completeness as for CPNS; the PPK's decree as calon
 * PPPK; the usul NI PPPK through pertekNiCasn carrying that decree, its 25-working-day limit, MS (an NI PPPK with
 * agreement code 21), BTS not completed within 25 working days (no number), TMS; the work agreement and decree and
 * their delivery to BKN within 30 working days of the NI; the oath of office only for a JPT; and a candidate who
 * leaves before the NI, replaced by the next on the competence and interview ranking, once.
 */
@AppTest
class PengangkatanPppkProcessTest {

  private static final ZoneId JAKARTA = TestClock.JAKARTA;
  private static final String OPERATOR = "operatorbatang";
  private static final String PPK = "ppkbatang";
  private static final AtomicInteger YEARS = new AtomicInteger(2300);
  private static final List<String> PERTEK_DOCUMENTS = List.of("PAS_FOTO", "SURAT_LAMARAN", "IJAZAH", "DRH",
      "SURAT_PERNYATAAN", "SKCK", "SURAT_SEHAT", "BEBAS_NAPZA", "PERNYATAAN_PENEMPATAN");

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired AppointmentService appointments;
  @Autowired ServiceTaskDelegate serviceTasks;
  @Autowired UsulRepository usulRepository;

  private PertekDriver pertek;
  private String periode;
  private String first;
  private String reserve;
  private ProcessInstance instance;

  @BeforeEach
  void setUp() {
    pertek = new PertekDriver(engine, rest, usulRepository);
    // Monday 5 May 2025: the documents' 15 working days cross Waisak (12 May) and its cuti bersama (13 May)
    at(2025, 5, 5);
    int tahun = YEARS.incrementAndGet();
    periode = "KabBatang-" + tahun + "-PPPK";
    first = PertekFixtures.uniqueNumber();
    reserve = PertekFixtures.uniqueNumber();
    jdbc.update("insert into seleksi_periode (id, instansi, tahun, status, versi_data, dibuat, jenis) values (?, "
        + "'KabBatang', ?, 'SELESAI', 1, current_timestamp, 'PPPK')", periode, tahun);
    jdbc.update("insert into seleksi_formasi (periode_id, kode_formasi, jabatan, unit_kerja, kualifikasi_pendidikan, "
        + "jumlah, batas_usia, jenjang, batas_usia_pensiun) values (?, 'P1', 'Pranata Komputer Ahli Pertama', "
        + "'Diskominfo', 'S1', 1, 57, 'AHLI_PERTAMA', 58)", periode);
    for (String nomor : List.of(first, reserve)) {
      jdbc.update("insert into seleksi_pelamar (periode_id, nomor_peserta, nik, nama, tanggal_lahir, jenis_kelamin, "
          + "pendidikan, kode_formasi, kategori, memenuhi_syarat) values (?, ?, '3325015705980001', ?, DATE '1998-05-17', "
          + "'P', 'S1', 'P1', 'UMUM', true)", periode, nomor, nomor.equals(first) ? "Siti Aminah" : "Rina Lestari");
    }
    jdbc.update("insert into seleksi_hasil_akhir (periode_id, nomor_peserta, kode_formasi, teknis, "
        + "manajerial_sosial_kultural, wawancara, nilai_akhir, memenuhi_ambang, peringkat, lulus) values (?, ?, 'P1', 400, "
        + "150, 35, 585, true, 1, true)", periode, first);
    jdbc.update("insert into seleksi_hasil_akhir (periode_id, nomor_peserta, kode_formasi, teknis, "
        + "manajerial_sosial_kultural, wawancara, nilai_akhir, memenuhi_ambang, peringkat, lulus, alasan) values (?, ?, "
        + "'P1', 380, 140, 30, 550, true, 2, false, 'CADANGAN')", periode, reserve);
    jdbc.update("insert into seleksi_serah_pengangkatan (periode_id, nomor_peserta, kode_formasi, peringkat, nilai_akhir, "
        + "diserahkan, jenis) values (?, ?, 'P1', 1, 585, current_timestamp, 'PPPK')", periode, first);

    ResponseEntity<Map> started = rest.withBasicAuth(OPERATOR, "rahasia")
        .postForEntity("/api/pengangkatan/" + periode + "/mulai", null, Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Object>) started.getBody().get("dimulai")).containsExactly(periode + "-" + first);
    instance = instanceOf(periode + "-" + first);
    assertThat(instance).isNotNull().isWaitingAt(STEP_PANGGIL);
    pertek.runJob(instance, STEP_PANGGIL);
    assertThat(instance).isWaitingAt(WAIT_DOKUMEN);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  // --- paths ----------------------------------------------------------------------------------------------

  @Test
  void aPppkPeriodStartsPengangkatanPppkOnceAndNotPengangkatanCpns() {
    assertThat(column("jenis")).isEqualTo("PPPK");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(id()).count()).isZero();
    ResponseEntity<Map> again = rest.withBasicAuth(OPERATOR, "rahasia")
        .postForEntity("/api/pengangkatan/" + periode + "/mulai", null, Map.class);
    assertThat((List<?>) again.getBody().get("dimulai")).isEmpty();
    assertThat(rest.withBasicAuth("operatorpekalongan", "rahasia")
        .postForEntity("/api/pengangkatan/" + periode + "/mulai", null, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void mainPathFromCallUpThroughTheNiPppkToAgreementDecreeAndBknWithoutOath() {
    // 15 working days from 5 May 2025 skip Waisak and its cuti bersama: due 28 May, the timer at the end of that day
    assertThat(pertek.job(instance, TIMER_BATAS_DOKUMEN).getDuedate()).isEqualTo(midnight(2025, 5, 29));
    assertThat((List<Map<String, Object>>) rest.withBasicAuth(OPERATOR, "rahasia")
        .getForEntity("/api/pengangkatan/" + id(), Map.class).getBody().get("tenggat"))
        .containsExactly(Map.of("variabel", "batasDokumen", "tanggal", "2025-05-28", "sementara", false));
    at(2025, 5, 8);
    ProcessInstance usul = proposed();
    // 25 working days from the proposal on 8 May skip the May and June holidays: the limit ends with 20 June
    assertThat(pertek.job(instance, TIMER_BATAS_NOMOR_INDUK).getDuedate()).isEqualTo(midnight(2025, 6, 21));
    String ni = niIssued(usul);
    // the agreement and decree, and their delivery to BKN, within 30 working days of 8 May: 30 June
    assertThat(pertek.task(instance, TASK_PERJANJIAN_KERJA).getDueDate()).isEqualTo(midnight(2025, 7, 1));
    assertThat(status()).isEqualTo("NIP_TERBIT");
    assertThat(column("nomor_induk")).isEqualTo(ni);

    at(2025, 5, 20);
    Map<String, Object> agreement = agreement();
    agreement.put("ditandatanganiKeduaPihak", false);
    assertThatThrownBy(() -> pertek.work(PPK, instance, TASK_PERJANJIAN_KERJA, agreement))
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "ditandatanganiKeduaPihak");
    agreement.put("ditandatanganiKeduaPihak", true);
    agreement.put("tanggalSkPppk", "2025-05-07");
    assertThatThrownBy(() -> pertek.work(PPK, instance, TASK_PERJANJIAN_KERJA, agreement))
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "tanggalSkPppk");
    pertek.work(PPK, instance, TASK_PERJANJIAN_KERJA, agreement());
    assertThat(status()).isEqualTo("PPPK");
    assertThat(column("nomor_sk_pppk")).isEqualTo("800/PPPK-KOLEKTIF/2025");
    assertThat(pertek.task(instance, TASK_KIRIM_BKN).getDueDate()).isEqualTo(midnight(2025, 7, 1));

    at(2025, 5, 22);
    assertThatThrownBy(() -> pertek.work(OPERATOR, instance, TASK_KIRIM_BKN, Map.of("tanggalKirimBkn", "2025-05-22")))
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "tanggalSkDiserahkan");
    assertThatThrownBy(() -> pertek.work(OPERATOR, instance, TASK_KIRIM_BKN, Map.of("tanggalSkDiserahkan",
        "2025-05-21", "tanggalKirimBkn", "2025-05-22")))
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "nomorSuratPengantar");
    pertek.work(OPERATOR, instance, TASK_KIRIM_BKN, Map.of("tanggalSkDiserahkan", "2025-05-21",
        "nomorSuratPengantar", "800/55/BKPSDM/2025", "tanggalKirimBkn", "2025-05-22"));
    assertThat(column("tanggal_sk_pppk_diserahkan")).isEqualTo("2025-05-21");

    assertThat(instance).isEnded().hasPassedInOrder(STEP_PANGGIL, EVENT_DOKUMEN, TASK_PERIKSA_KELENGKAPAN,
        TASK_SK_CALON_PPPK, EVENT_USUL_KOLEKTIF, STEP_KIRIM_USUL, WAIT_HASIL_USUL_PPPK, STEP_CATAT_NIP, TASK_PERJANJIAN_KERJA,
        TASK_KIRIM_BKN, END_PPPK)
        .hasNotPassed(TIMER_BATAS_DOKUMEN, TASK_PERBAIKAN_USUL, STEP_NOMOR_INDUK_TERLAMBAT, TASK_SUMPAH_JABATAN);
    assertThat(status()).isEqualTo("SELESAI");
    assertThat(column("tanggal_kirim_bkn")).isEqualTo("2025-05-22");
    assertThat(column("terlambat_nomor_induk")).isEqualTo("false");
  }

  @Test
  void theUsulCarriesTheDecreeAsCalonPppkAndTheAppointmentRecordsAnNiPppkWithAgreementCode21() {
    at(2025, 5, 8);
    ProcessInstance usul = proposed();
    String usulId = column("usul_id");
    assertThat(jdbc.queryForObject("select jenis_asn from usul_ni where id = ?", String.class, usulId)).isEqualTo("PPPK");
    assertThat(jdbc.queryForObject("select count(*) from usul_dokumen where usul_id = ? and jenis = 'SK_CALON_PPPK'",
        Integer.class, usulId)).isEqualTo(1);
    String ni = niIssued(usul);
    // NI PPPK (Lampiran II VI.6.e): birth date, year of first appointment as calon PPPK (TMT 2025), 21, gender, number
    assertThat(ni).hasSize(18).startsWith("19980517" + "2025" + "21" + "2");
    assertThat(ni.substring(12, 14)).isEqualTo("21");
    assertThat(column("nomor_induk")).isEqualTo(ni);
  }

  @Test
  void documentsNotCompleteByTheDeadlineDeemTheCandidateNotToQualifyAndCallTheNextInRank() {
    at(2025, 5, 29);
    pertek.runJob(instance, TIMER_BATAS_DOKUMEN);
    pertek.runJob(instance, STEP_DIANGGAP_TMS);
    assertThat(instance).isEnded().hasPassed(TIMER_BATAS_DOKUMEN, END_DIANGGAP_TMS).hasNotPassed(TASK_PERIKSA_KELENGKAPAN);
    assertThat(status()).isEqualTo("DIANGGAP_TIDAK_MEMENUHI_SYARAT");
    assertThat(instanceOf(periode + "-" + reserve)).isNotNull().isWaitingAt(TASK_PENGGANTIAN);
  }

  @Test
  void anAgreementAndDecreeLaterThan30WorkingDaysAfterTheNiAreRecordedAsLate() {
    at(2025, 5, 8);
    niIssued(proposed());
    at(2025, 7, 2);
    Map<String, Object> late = agreement();
    late.put("tanggalPerjanjianKerja", "2025-07-01");
    late.put("tanggalSkPppk", "2025-07-01");
    pertek.work(PPK, instance, TASK_PERJANJIAN_KERJA, late);
    assertThat(jdbc.queryForObject("select keterangan from pengangkatan_riwayat where pengangkatan_id = ? and "
        + "peristiwa = 'SK_PPPK'", String.class, id())).contains("TERLAMBAT, batas 2025-06-30");
    assertThat(instance).isWaitingAt(TASK_KIRIM_BKN);
  }

  @Test
  void theDecreeAsCalonPppkIsRequiredBeforeTheUsulIsSent() {
    at(2025, 5, 8);
    assertThat(handIn(PERTEK_DOCUMENTS).getStatusCode()).isEqualTo(HttpStatus.OK);
    pertek.work(OPERATOR, instance, TASK_PERIKSA_KELENGKAPAN, allValid());
    assertThat(status()).isEqualTo("SK_CALON_PPPK");
    Map<String, Object> decree = Map.of("nomorSkCalonPppk", "800/CPPPK/1/2025", "tanggalSkCalonPppk", "2025-05-08");
    assertThatThrownBy(() -> pertek.work(PPK, instance, TASK_SK_CALON_PPPK, decree))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("SK_CALON_PPPK");
    assertThatThrownBy(() -> pertek.work(PPK, instance, TASK_SK_CALON_PPPK, Map.of("nomorSkCalonPppk", "1",
        "tanggalSkCalonPppk", "2025-05-09"))).isInstanceOf(FormFieldValidationException.class)
        .hasFieldOrPropertyWithValue("detail", "tanggalSkCalonPppk");
    assertThat(instance).isWaitingAt(TASK_SK_CALON_PPPK);
    assertThat(column("usul_id")).isEqualTo("null");
  }

  @Test
  void theNumberLimitRecordsLatenessOnceAndTheAppointmentGoesOnWaiting() {
    at(2025, 5, 8);
    ProcessInstance usul = proposed();
    at(2025, 6, 21);
    pertek.runJob(instance, TIMER_BATAS_NOMOR_INDUK);
    pertek.runJob(instance, STEP_NOMOR_INDUK_TERLAMBAT);
    assertThat(instance).isWaitingAt(WAIT_HASIL_USUL_PPPK).hasPassed(END_NOMOR_INDUK_TERLAMBAT);
    assertThat(column("terlambat_nomor_induk")).isEqualTo("true");
    client().runStepAgain(serviceTasks, id(), STEP_NOMOR_INDUK_TERLAMBAT);
    assertThat(events("NOMOR_INDUK_TERLAMBAT")).isEqualTo(1);

    niIssued(usul);
    assertThat(instance).isWaitingAt(TASK_PERJANJIAN_KERJA);
  }

  @Test
  void btsNotCompletedWithin25WorkingDaysEndsWithoutANumber() {
    at(2025, 5, 8);
    ProcessInstance usul = proposed();
    pertek.verify("pemroses1", usul, "BTS", "Keputusan calon PPPK tidak terbaca");
    pertek.runJob(instance, "Gateway_HasilUsul");
    pertek.runJob(instance, STEP_CATAT_BTS);
    assertThat(instance).isWaitingAt(TASK_PERBAIKAN_USUL);
    assertThat(status()).isEqualTo("PERBAIKAN_USUL");
    // 25 working days from the notice on 8 May: 20 June, on the task and on its timer
    assertThat(pertek.task(instance, TASK_PERBAIKAN_USUL).getDueDate()).isEqualTo(midnight(2025, 6, 21));
    assertThat(pertek.job(instance, TIMER_BATAS_PERBAIKAN).getDuedate()).isEqualTo(midnight(2025, 6, 21));

    at(2025, 6, 21);
    pertek.runJob(instance, TIMER_BATAS_PERBAIKAN);
    pertek.runJob(instance, STEP_TANPA_NOMOR_INDUK);
    assertThat(instance).isEnded().hasPassed(END_TANPA_NOMOR_INDUK).hasNotPassed(STEP_CATAT_NIP);
    assertThat(status()).isEqualTo("TANPA_NOMOR_INDUK");
    assertThat(column("nomor_induk")).isEqualTo("null");
  }

  @Test
  void btsCompletedInTimeIsSentAgainAndTheNumberComes() {
    at(2025, 5, 8);
    ProcessInstance usul = proposed();
    pertek.verify("pemroses1", usul, "BTS", "Keputusan calon PPPK tidak terbaca");
    pertek.runJob(instance, "Gateway_HasilUsul");
    pertek.runJob(instance, STEP_CATAT_BTS);
    assertThat(handIn(List.of("SK_CALON_PPPK")).getStatusCode()).isEqualTo(HttpStatus.OK);
    pertek.work(OPERATOR, instance, TASK_PERBAIKAN_USUL, Map.of("catatanPerbaikan", "Keputusan dipindai ulang"));
    assertThat(instance).isWaitingAt(WAIT_HASIL_USUL_PPPK);
    pertek.runJob(usul, PertekProcess.STEP_PEMERIKSAAN_AWAL);
    niIssued(usul);
    assertThat(instance).hasPassedInOrder(TASK_PERBAIKAN_USUL, WAIT_HASIL_USUL_PPPK, STEP_CATAT_NIP)
        .hasNotPassed(STEP_TANPA_NOMOR_INDUK);
    assertThat(jdbc.queryForObject("select count(*) from usul_ni where nomor_peserta = ?", Integer.class, first))
        .isEqualTo(1);
  }

  @Test
  void tmsFromTheKanregEndsWithTheReason() {
    at(2025, 5, 8);
    ProcessInstance usul = proposed();
    pertek.verify("pemroses1", usul, "TMS", "Data tidak sesuai kebutuhan jabatan yang ditetapkan");
    pertek.runJob(instance, "Gateway_HasilUsul");
    pertek.runJob(instance, STEP_USUL_DITOLAK);
    assertThat(instance).isEnded().hasPassed(END_USUL_DITOLAK).hasNotPassed(STEP_CATAT_NIP, TASK_PERBAIKAN_USUL);
    assertThat(status()).isEqualTo("USUL_DITOLAK");
    assertThat(column("keterangan")).contains("tidak sesuai kebutuhan jabatan");
  }

  @Test
  void aJptTakesTheOathOfOfficeAfterTheDocumentsGoToBkn() {
    jdbc.update("update seleksi_formasi set jpt = true where periode_id = ?", periode);
    at(2025, 5, 8);
    niIssued(proposed());
    at(2025, 5, 20);
    pertek.work(PPK, instance, TASK_PERJANJIAN_KERJA, agreement());
    pertek.work(OPERATOR, instance, TASK_KIRIM_BKN, Map.of("tanggalSkDiserahkan", "2025-05-20",
        "nomorSuratPengantar", "800/56/BKPSDM/2025", "tanggalKirimBkn", "2025-05-20"));
    assertThat(instance).isWaitingAt(TASK_SUMPAH_JABATAN);
    assertThat(status()).isEqualTo("PPPK");
    assertThatThrownBy(() -> pertek.work(PPK, instance, TASK_SUMPAH_JABATAN, Map.of("tanggalPelantikan", "2025-05-20")))
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "tempatPelantikan");
    pertek.work(PPK, instance, TASK_SUMPAH_JABATAN, Map.of("tanggalPelantikan", "2025-05-20", "tempatPelantikan",
        "Pendopo Kabupaten Batang", "pejabatNama", "Bupati Batang", "nomorBeritaAcara", "BA/JPT/1/2025"));
    assertThat(instance).isEnded().hasPassedInOrder(TASK_KIRIM_BKN, TASK_SUMPAH_JABATAN, END_SUMPAH_JABATAN)
        .hasNotPassed(END_PPPK);
    assertThat(status()).isEqualTo("SELESAI");
    assertThat(column("nomor_berita_acara")).isEqualTo("BA/JPT/1/2025");
  }

  @Test
  void aResignationBeforeTheNiCallsTheNextOnTheCompetenceAndInterviewRankingOnce() {
    ResponseEntity<Map> left = post("/berhenti", Map.of("alasan", "MENGUNDURKAN_DIRI", "tanggal", "2025-05-06",
        "bukti", "Surat pengunduran diri tanggal 6 Mei 2025"));
    assertThat(left.getBody()).containsEntry("akibat", "PENGGANTIAN");
    pertek.runJob(instance, STEP_PANGGIL_PENGGANTI);
    assertThat(instance).isEnded().hasPassed(EVENT_KANDIDAT_MUNDUR, END_DIGANTI);
    assertThat(status()).isEqualTo("DIGANTI");

    String replacement = periode + "-" + reserve;
    ProcessInstance next = instanceOf(replacement);
    assertThat(next).isNotNull().isWaitingAt(TASK_PENGGANTIAN);
    assertThat(jdbc.queryForObject("select jenis from pengangkatan where id = ?", String.class, replacement))
        .isEqualTo("PPPK");
    assertThat(jdbc.queryForObject("select pengganti_dari from pengangkatan where id = ?", String.class,
        replacement)).isEqualTo(id());
    client().runStepAgain(serviceTasks, id(), STEP_PANGGIL_PENGGANTI);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(replacement).count())
        .isEqualTo(1);
  }

  @Test
  void aDeathAfterTheNiCancelsItAndNobodyIsCalled() {
    at(2025, 5, 8);
    niIssued(proposed());
    ResponseEntity<Map> left = post("/berhenti", Map.of("alasan", "MENINGGAL_DUNIA", "tanggal", "2025-05-10",
        "bukti", "Akta kematian nomor 3325-KM-10052025-0001"));
    assertThat(left.getBody()).containsEntry("akibat", "PEMBATALAN_NIP");
    pertek.runJob(instance, STEP_BATALKAN_NIP);
    // the calon PPPK decree of 8 May exists: the PPK dismisses them as calon PPPK, copy to BKN (VI.6.g.4)
    assertThat(instance).isWaitingAt(TASK_PEMBERHENTIAN);
    pertek.work(PPK, instance, TASK_PEMBERHENTIAN, PengangkatanCpnsProcessTest.dismissal("2025-05-08", "2025-05-08"));
    assertThat(instance).isEnded().hasPassedInOrder(STEP_BATALKAN_NIP, TASK_PEMBERHENTIAN, END_NIP_DIBATALKAN)
        .hasNotPassed(STEP_PANGGIL_PENGGANTI);
    assertThat(column("tanggal_keputusan_pemberhentian")).isEqualTo("2025-05-08");
    assertThat(status()).isEqualTo("NIP_DIBATALKAN");
    assertThat(instanceOf(periode + "-" + reserve)).isNull();
    // the Kanreg's register and Pertek say the NI PPPK is cancelled (VI.6.g.3)
    assertThat(jdbc.queryForObject("select alasan_batal from nomor_induk where nomor = ?", String.class,
        column("nomor_induk"))).startsWith("Meninggal dunia setelah NI PPPK ditetapkan");
    assertThat(jdbc.queryForObject("select count(*) from pertek where usul_id = ? and dicabut is not null",
        Integer.class, column("usul_id"))).isEqualTo(1);
  }

  // --- helpers --------------------------------------------------------------------------------------------

  /** Documents handed in and all valid, the decree as calon PPPK set: the usul NI PPPK waits for Tim Pemroses. */
  private ProcessInstance proposed() {
    assertThat(handIn(PERTEK_DOCUMENTS).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instance).isWaitingAt(TASK_PERIKSA_KELENGKAPAN);
    pertek.work(OPERATOR, instance, TASK_PERIKSA_KELENGKAPAN, allValid());
    assertThat(instance).isWaitingAt(TASK_SK_CALON_PPPK);
    assertThat(handIn(List.of("SK_CALON_PPPK")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instance).isWaitingAt(TASK_SK_CALON_PPPK);
    pertek.work(PPK, instance, TASK_SK_CALON_PPPK, Map.of("nomorSkCalonPppk", "800/CPPPK/1/2025",
        "tanggalSkCalonPppk", "2025-05-08"));
    assertThat(instance).isWaitingAt(EVENT_USUL_KOLEKTIF);
    assertThat(status()).isEqualTo("USUL_KOLEKTIF");
    assertThat(client().sendCollective(periode, "PPPK", client().waitingList(periode)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(instance).isWaitingAt(STEP_KIRIM_USUL);
    pertek.runJob(instance, STEP_KIRIM_USUL);
    assertThat(instance).isWaitingAt(WAIT_HASIL_USUL_PPPK);
    String usulId = (String) pertek.variable(instance, "usulId");
    ProcessInstance usul = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PertekProcess.PROCESS).processInstanceBusinessKey(usulId).singleResult();
    pertek.runJob(usul, PertekProcess.STEP_PEMERIKSAAN_AWAL);
    return usul;
  }

  /** MS, numbered and signed at the Kanreg; the appointment records the NI PPPK and waits for the agreement. */
  private String niIssued(ProcessInstance usul) {
    String ni = pertek.approvedStraightThrough(usul, "pemroses1", "penandatangan1");
    pertek.runJob(instance, "Gateway_HasilUsul");
    pertek.runJob(instance, STEP_CATAT_NIP);
    assertThat(instance).isWaitingAt(TASK_PERJANJIAN_KERJA);
    return ni;
  }

  private static Map<String, Object> agreement() {
    return new HashMap<>(Map.of("nomorPerjanjianKerja", "PK/101/2025", "tanggalPerjanjianKerja", "2025-05-20",
        "ditandatanganiKeduaPihak", true, "nomorSkPppk", "800/PPPK-KOLEKTIF/2025", "tanggalSkPppk", "2025-05-20"));
  }

  private static Map<String, Object> allValid() {
    Map<String, Object> v = AppointmentTestClient.allDocumentsValid();
    v.put("tmtPppk", "2025-07-01");
    return v;
  }

  private static void at(int year, int month, int day) {
    TestClock.at(year, month, day);
  }

  private static Date midnight(int year, int month, int day) {
    return TestClock.midnight(year, month, day);
  }

  private ProcessInstance instanceOf(String appointmentId) {
    return client().instanceOf(appointmentId);
  }

  private AppointmentTestClient client() {
    return new AppointmentTestClient(engine, rest, jdbc, PROCESS_PPPK);
  }

  private String id() {
    return instance.getBusinessKey();
  }

  private String status() {
    return column("status");
  }

  private String column(String name) {
    return client().column(id(), name);
  }

  private int events(String peristiwa) {
    return client().events(id(), peristiwa);
  }

  private static byte[] pdf(String note) {
    return AppointmentTestClient.pdf(note);
  }

  private ResponseEntity<Map> handIn(List<String> types) {
    return client().handIn(id(), types);
  }

  private ResponseEntity<Map> post(String path, Map<String, Object> body) {
    return client().post(id(), path, body);
  }
}
