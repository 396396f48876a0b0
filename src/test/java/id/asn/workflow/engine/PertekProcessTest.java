package id.asn.workflow.engine;

import static id.asn.workflow.pertek.PertekProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.asn.workflow.engine.PertekFixtures.Candidate;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.pertek.officer.OfficerService;
import id.asn.workflow.pertek.UsulStatus;
import id.asn.workflow.support.AppTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Walks every path of pertekNiCasn through the real intake API, firing timers and correlating messages. */
@AppTest
class PertekProcessTest {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired UsulRepository usulRepository;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    driver = new PertekDriver(engine, rest, usulRepository);
    // Monday 24 March 2025, 09:00 in Jakarta: the correction deadline crosses Lebaran 2025
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2025, 3, 24, 9, 0, 0, 0, JAKARTA).toInstant()));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  private PertekDriver driver;

  private ProcessInstance submitted(Candidate candidate) {
    return driver.submitted(candidate);
  }

  private void runJob(ProcessInstance instance, String activityId) {
    driver.runJob(instance, activityId);
  }

  private Task task(ProcessInstance instance, String key) {
    return driver.task(instance, key);
  }

  private List<String> groupsOf(String user) {
    return driver.groupsOf(user);
  }

  private void verify(String user, ProcessInstance instance, String hasil, String alasan) {
    driver.verify(user, instance, hasil, alasan);
  }

  private void sign(String user, ProcessInstance instance, String keputusan, String catatan) {
    driver.sign(user, instance, keputusan, catatan);
  }

  private UsulStatus status(ProcessInstance instance) {
    return driver.status(instance);
  }

  private List<String> notificationTypes(ProcessInstance instance) {
    return jdbc.sql("select jenis from notifikasi where usul_id = ? order by id").param(instance.getBusinessKey())
        .query(String.class).list();
  }

  // --- paths -------------------------------------------------------------------------------------------

  @Test
  void msThenApprovedIssuesThePertekWithANewNip() {
    Candidate candidate = Candidate.pns();
    ProcessInstance instance = submitted(candidate);
    assertThat(status(instance)).isEqualTo(UsulStatus.VERIFIKASI);
    assertThat((String) runtimeService.getVariable(instance.getId(), VAR_RINGKASAN_USUL))
        .contains("Siti Aminah", "/dokumen/IJAZAH", "NIK sesuai");
    // a supervisor finds the instance in Cockpit by the candidate's nomor peserta or name
    String nomorPeserta = usulRepository.findById(instance.getBusinessKey()).orElseThrow().nomorPeserta();
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals(VAR_NOMOR_PESERTA, nomorPeserta).list())
        .extracting(ProcessInstance::getId).containsExactly(instance.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId())
        .variableValueLike(VAR_NAMA_PESERTA, "%Aminah%").count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(instance.getId(), VAR_GOLONGAN_RUANG)).isEqualTo("III/a");

    verify("pemroses1", instance, "MS", null);
    runJob(instance, STEP_TETAPKAN_NOMOR);
    assertThat(instance).isWaitingAt(TASK_TANDA_TANGAN);
    assertThat(status(instance)).isEqualTo(UsulStatus.TANDA_TANGAN);
    String nip = (String) runtimeService.getVariable(instance.getId(), VAR_NOMOR_INDUK);
    assertThat(nip).matches("19980517" + "202506" + "2" + "\\d{3}");
    // the signer reads the number in its printed groups and the verifier by name and NIP, not by user id
    assertThat((String) runtimeService.getVariable(instance.getId(), VAR_RINGKASAN_PERTEK)).contains(
        id.asn.workflow.kernel.IndonesianText.nomorInduk(nip, id.asn.workflow.kernel.JenisAsn.PNS),
        "Rina Wulandari, NIP 198703152010122001");

    sign("penandatangan1", instance, "SETUJU", null);
    runJob(instance, STEP_TANDA_TANGANI);
    assertThat(instance).isEnded().hasPassedInOrder(TASK_VERIFIKASI, STEP_TETAPKAN_NOMOR, TASK_TANDA_TANGAN,
        STEP_TANDA_TANGANI, END_PERTEK_TERBIT).hasNotPassed(STEP_TOLAK, STEP_MINTA_PERBAIKAN);
    assertThat(status(instance)).isEqualTo(UsulStatus.SELESAI);
    assertThat(usulRepository.findById(instance.getBusinessKey()).orElseThrow().nomorInduk()).isEqualTo(nip);
    assertThat(notificationTypes(instance)).containsExactly("PERTEK_TERBIT");
  }

  @Test
  void aPppkUsulGetsAnNiPppkWithAgreementCode21() {
    ProcessInstance instance = submitted(Candidate.pppk());
    assertThat(runtimeService.getVariable(instance.getId(), VAR_GOLONGAN_RUANG)).isNull();
    verify("pemroses2", instance, "MS", null);
    runJob(instance, STEP_TETAPKAN_NOMOR);
    assertThat((String) runtimeService.getVariable(instance.getId(), VAR_NOMOR_INDUK)).matches("19900203" + "2025" + "21"
        + "1" + "\\d{3}");
  }

  @Test
  void returnedBySignerGoesBackToVerificationAndKeepsItsNumber() {
    ProcessInstance instance = submitted(Candidate.pns());
    verify("pemroses1", instance, "MS", null);
    runJob(instance, STEP_TETAPKAN_NOMOR);
    String nip = (String) runtimeService.getVariable(instance.getId(), VAR_NOMOR_INDUK);

    sign("penandatangan1", instance, "KEMBALIKAN", "Unit kerja pada konsep tidak sesuai formasi");
    assertThat(instance).isWaitingAt(TASK_VERIFIKASI);
    assertThat(status(instance)).isEqualTo(UsulStatus.VERIFIKASI);
    assertThat(runtimeService.getVariable(instance.getId(), VAR_CATATAN)).isEqualTo("Unit kerja pada konsep tidak sesuai formasi");

    verify("pemroses2", instance, "MS", null);
    runJob(instance, STEP_TETAPKAN_NOMOR);
    assertThat(runtimeService.getVariable(instance.getId(), VAR_NOMOR_INDUK)).isEqualTo(nip);
    sign("penandatangan2", instance, "SETUJU", null);
    runJob(instance, STEP_TANDA_TANGANI);
    assertThat(instance).isEnded().hasPassed(END_PERTEK_TERBIT);
    assertThat(status(instance)).isEqualTo(UsulStatus.SELESAI);
  }

  @Test
  void btsWaitsForTheCorrectionThenVerifiesAgain() {
    ProcessInstance instance = submitted(Candidate.pns());
    verify("pemroses1", instance, "BTS", "Ijazah belum dilegalisir");
    assertThat(instance).isWaitingAt(WAIT_PERBAIKAN_PNS);
    assertThat(usulRepository.correctionDeadline(instance.getBusinessKey())).as("a PNS correction has no limit").isEmpty();
    assertThat(status(instance)).isEqualTo(UsulStatus.PERBAIKAN);
    assertThat(usulRepository.findById(instance.getBusinessKey()).orElseThrow().alasan()).isEqualTo("Ijazah belum dilegalisir");
    assertThat(notificationTypes(instance)).containsExactly("BTS");

    MultiValueMap<String, Object> correction = new LinkedMultiValueMap<>();
    correction.add("IJAZAH", PertekFixtures.file("ijazah-legalisir.pdf", PertekFixtures.PDF));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertThat(rest.withBasicAuth("operatorbatang", "rahasia").postForEntity(
        "/api/usul-ni/" + instance.getBusinessKey() + "/perbaikan", new HttpEntity<>(correction, headers), String.class)
        .getStatusCode().is2xxSuccessful()).isTrue();

    assertThat(instance).isWaitingAt(STEP_PEMERIKSAAN_AWAL);
    runJob(instance, STEP_PEMERIKSAAN_AWAL);
    assertThat(instance).isWaitingAt(TASK_VERIFIKASI);
    assertThat(runtimeService.getVariable(instance.getId(), VAR_HASIL_VERIFIKASI)).as("a new round starts clean").isNull();
    verify("pemroses2", instance, "MS", null);
    runJob(instance, STEP_TETAPKAN_NOMOR);
    sign("penandatangan1", instance, "SETUJU", null);
    runJob(instance, STEP_TANDA_TANGANI);
    assertThat(instance).isEnded().hasPassed(WAIT_PERBAIKAN_PNS, END_PERTEK_TERBIT).hasNotPassed(TIMER_BATAS_PERBAIKAN);
  }

  @Test
  void aPppkUsulWithoutCorrectionExpiresAfter25WorkingDays() {
    ProcessInstance instance = submitted(Candidate.pppk());
    verify("pemroses1", instance, "BTS", "SKCK sudah tidak berlaku");
    assertThat(instance).isWaitingAt(WAIT_PERBAIKAN).hasPassed(GATEWAY_BATAS_PERBAIKAN);
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(TIMER_BATAS_PERBAIKAN).singleResult();
    // Lampiran II VI.6.c: 25 working days after Monday 24 March 2025 skip Lebaran, 18 April, 1 May: Friday 9 May
    assertThat(timer.getDuedate().toInstant())
        .isEqualTo(ZonedDateTime.of(2025, 5, 10, 0, 0, 0, 0, JAKARTA).toInstant());
    assertThat(usulRepository.correctionDeadline(instance.getBusinessKey()).orElseThrow().tanggal())
        .isEqualTo(LocalDate.of(2025, 5, 9));
    assertThat(notificationTypes(instance)).containsExactly("BTS");
    assertThat(driver.withdraw("operatorbatang", instance.getBusinessKey(), "Tidak dilanjutkan").getStatusCode())
        .as("a PPPK usul closes by itself at its limit").isEqualTo(HttpStatus.CONFLICT);

    managementService.executeJob(timer.getId());
    assertThat(instance).isEnded().hasPassed(TIMER_BATAS_PERBAIKAN, END_KEDALUWARSA).hasNotPassed(EVENT_PERBAIKAN_DITERIMA);
    assertThat(status(instance)).isEqualTo(UsulStatus.KEDALUWARSA);
    assertThat(notificationTypes(instance)).containsExactly("BTS", "KEDALUWARSA");
  }

  @Test
  void aPnsUsulInCorrectionHasNoLimitAndIsRemindedEverySevenDays() {
    ProcessInstance instance = submitted(Candidate.pns());
    verify("pemroses1", instance, "BTS", "SKCK sudah tidak berlaku");
    assertThat(instance).isWaitingAt(WAIT_PERBAIKAN_PNS);
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(TIMER_BATAS_PERBAIKAN).count()).as("no expiry for a PNS usul (POS note 2, L1 VI.A.5.d.2)").isZero();
    assertThat(runtimeService.getVariable(instance.getId(), VAR_BATAS_PERBAIKAN)).isNull();
    assertThat(jdbc.sql("select pesan from notifikasi where usul_id = ? and jenis = 'BTS'").param(instance.getBusinessKey())
        .query(String.class).single()).contains("tidak dibatasi waktu", "setiap 7 hari").doesNotContain("paling lambat");

    for (int week = 1; week <= 3; week++) {
      Job reminder = managementService.createJobQuery().processInstanceId(instance.getId())
          .activityId(TIMER_PENGINGAT_PERBAIKAN).singleResult();
      assertThat(reminder.getDuedate().toInstant()).as("reminder %d", week)
          .isEqualTo(ZonedDateTime.of(2025, 3, 24, 9, 0, 0, 0, JAKARTA).plusDays(7L * week).toInstant());
      ClockUtil.setCurrentTime(reminder.getDuedate());
      managementService.executeJob(reminder.getId());
    }
    assertThat(instance).isWaitingAt(WAIT_PERBAIKAN_PNS);
    assertThat(status(instance)).isEqualTo(UsulStatus.PERBAIKAN);
    assertThat(notificationTypes(instance)).containsExactly("BTS", "PENGINGAT_PERBAIKAN", "PENGINGAT_PERBAIKAN",
        "PENGINGAT_PERBAIKAN");
  }

  @Test
  void aPnsUsulWithdrawnInCorrectionEndsWithoutAPertek() {
    ProcessInstance instance = submitted(Candidate.pns());
    assertThat(driver.withdraw("operatorbatang", instance.getBusinessKey(), "Calon mengundurkan diri").getStatusCode())
        .as("only while it waits for a correction").isEqualTo(HttpStatus.CONFLICT);
    verify("pemroses1", instance, "BTS", "SKCK sudah tidak berlaku");
    ResponseEntity<String> blank = driver.withdraw("operatorbatang", instance.getBusinessKey(), " ");
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blank.getBody()).contains("alasan", "wajib diisi");
    assertThat(driver.withdraw("operatorpekalongan", instance.getBusinessKey(), "Salah instansi").getStatusCode())
        .as("another instansi's usul is not seen").isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<String> withdrawn = driver.withdraw("operatorbatang", instance.getBusinessKey(), "Calon mengundurkan diri");
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody()).contains("DITARIK");
    assertThat(instance).isEnded().hasPassed(EVENT_USUL_DITARIK, STEP_CATAT_PENARIKAN, END_DITARIK)
        .hasNotPassed(STEP_TETAPKAN_NOMOR, TIMER_BATAS_PERBAIKAN);
    assertThat(status(instance)).isEqualTo(UsulStatus.DITARIK);
    assertThat(usulRepository.findById(instance.getBusinessKey()).orElseThrow().alasan())
        .isEqualTo("Ditarik instansi: Calon mengundurkan diri");
    assertThat(notificationTypes(instance)).containsExactly("BTS", "DITARIK");
    assertThat(driver.withdraw("operatorbatang", instance.getBusinessKey(), "lagi").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    // a finished usul frees the participant number for a new proposal
    assertThat(usulRepository.findUnfinishedByNomorPeserta(usulRepository.findById(instance.getBusinessKey())
        .orElseThrow().nomorPeserta())).isEmpty();
  }

  @Test
  void tmsRejectsWithTheReason() {
    Candidate candidate = Candidate.pns();
    ProcessInstance instance = submitted(candidate);
    verify("pemroses1", instance, "TMS", "Tidak lulus SKB menurut data Panselnas");
    assertThat(instance).isEnded().hasPassed(STEP_TOLAK, END_DITOLAK).hasNotPassed(STEP_TETAPKAN_NOMOR);
    assertThat(status(instance)).isEqualTo(UsulStatus.DITOLAK);
    assertThat(notificationTypes(instance)).containsExactly("TMS");
    assertThat(jdbc.sql("select count(*) from nomor_induk where usul_id = ?").param(instance.getBusinessKey())
        .query(Integer.class).single()).isZero();

    // a finished usul frees the participant number for a new proposal
    PertekFixtures.submit(rest, candidate);
  }

  @Nested
  class NumberKeeping {
    @Autowired
    id.asn.workflow.pertek.kanreg.PertekService pertekService;

    @Test
    void aRetriedDraftStepKeepsItsNumber() {
      ProcessInstance instance = submitted(Candidate.pns());
      verify("pemroses1", instance, "MS", null);
      runJob(instance, STEP_TETAPKAN_NOMOR);
      String nip = (String) runtimeService.getVariable(instance.getId(), VAR_NOMOR_INDUK);
      // the step's work again, as a job retried after its first attempt had committed
      pertekService.draft(instance.getBusinessKey(), "III/a");
      assertThat(usulRepository.findById(instance.getBusinessKey()).orElseThrow().nomorInduk()).isEqualTo(nip);
      assertThat(jdbc.sql("select count(*) from nomor_induk where usul_id = ?").param(instance.getBusinessKey())
          .query(Integer.class).single()).isOne();
    }

    @Test
    void aCorrectedBirthDateCancelsTheOldNumberAndNeverReusesIt() {
      Candidate candidate = Candidate.pns();
      ProcessInstance instance = submitted(candidate);
      verify("pemroses1", instance, "MS", null);
      runJob(instance, STEP_TETAPKAN_NOMOR);
      String first = (String) runtimeService.getVariable(instance.getId(), VAR_NOMOR_INDUK);
      sign("penandatangan1", instance, "KEMBALIKAN", "Tanggal lahir pada ijazah 18 Mei 1998");
      verify("pemroses2", instance, "BTS", "Perbaiki tanggal lahir sesuai ijazah");

      Candidate corrected = new Candidate(candidate.jenisAsn(), candidate.tanggalLahir().plusDays(1),
          candidate.jenisKelamin(), candidate.tmt(), candidate.pendidikan(), candidate.jabatan(), candidate.nomorPeserta());
      MultiValueMap<String, Object> correction = new LinkedMultiValueMap<>();
      HttpHeaders json = new HttpHeaders();
      json.setContentType(MediaType.APPLICATION_JSON);
      correction.add("data", new HttpEntity<>(corrected.data(), json));
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      assertThat(rest.withBasicAuth("operatorbatang", "rahasia").postForEntity(
          "/api/usul-ni/" + instance.getBusinessKey() + "/perbaikan", new HttpEntity<>(correction, headers), String.class)
          .getStatusCode().is2xxSuccessful()).isTrue();
      runJob(instance, STEP_PEMERIKSAAN_AWAL);
      verify("pemroses1", instance, "MS", null);
      runJob(instance, STEP_TETAPKAN_NOMOR);

      String second = (String) runtimeService.getVariable(instance.getId(), VAR_NOMOR_INDUK);
      assertThat(second).startsWith("19980518").isNotEqualTo(first);
      assertThat(jdbc.sql("select status from nomor_induk where nomor = ?").param(first).query(String.class).single())
          .isEqualTo("BATAL");
      assertThat(jdbc.sql("select count(*) from nomor_induk where nomor = ? and usul_id <> ?")
          .params(first, instance.getBusinessKey()).query(Integer.class).single()).isZero();
    }
  }

  @Nested
  class SignedPertek {

    private ProcessInstance signedBy(String signer) {
      ProcessInstance instance = submitted(Candidate.pns());
      verify("pemroses1", instance, "MS", null);
      runJob(instance, STEP_TETAPKAN_NOMOR);
      sign(signer, instance, "SETUJU", null);
      runJob(instance, STEP_TANDA_TANGANI);
      assertThat(instance).isEnded().hasPassed(END_PERTEK_TERBIT);
      return instance;
    }

    private ResponseEntity<byte[]> download(String user, String path) {
      TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "rahasia");
      return client.getForEntity(path, byte[].class);
    }

    private ResponseEntity<Map> verifyFile(byte[] pdf) {
      MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
      parts.add("file", PertekFixtures.file("pertek.pdf", pdf));
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      return rest.postForEntity("/api/pertek/verifikasi", new HttpEntity<>(parts, headers), Map.class);
    }

    @Test
    void theSignerSeesTheDraftPdfAndApprovingSignsExactlyThatDraft() {
      ProcessInstance instance = submitted(Candidate.pns());
      verify("pemroses1", instance, "MS", null);
      runJob(instance, STEP_TETAPKAN_NOMOR);
      String usulId = instance.getBusinessKey();
      String summary = (String) runtimeService.getVariable(instance.getId(), VAR_RINGKASAN_PERTEK);
      assertThat(summary).contains("<a href=\"/api/pertek/" + usulId + "/konsep.pdf\" target=\"_blank\">", "Nomor Pertek");

      ResponseEntity<byte[]> draft = download("penandatangan1", "/api/pertek/" + usulId + "/konsep.pdf");
      assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(draft.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      assertThat(download("operatorbatang", "/api/pertek/" + usulId + "/konsep.pdf").getStatusCode())
          .as("the draft is the Kanreg's").isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(download("operatorbatang", "/api/pertek/" + usulId + ".pdf").getStatusCode())
          .as("not issued yet").isEqualTo(HttpStatus.NOT_FOUND);

      sign("penandatangan1", instance, "SETUJU", null);
      runJob(instance, STEP_TANDA_TANGANI);

      byte[] signed = download("operatorbatang", "/api/pertek/" + usulId + ".pdf").getBody();
      assertThat(java.util.Arrays.copyOf(signed, draft.getBody().length)).isEqualTo(draft.getBody());
      assertThat(signed.length).isGreaterThan(draft.getBody().length);
    }

    @Test
    void msThenSetujuIssuesASignedPertekThatTheInstansiDownloadsAndAnyoneVerifies() {
      ProcessInstance instance = signedBy("penandatangan1");
      String usulId = instance.getBusinessKey();
      String nip = (String) historyVariable(instance, VAR_NOMOR_INDUK);

      ResponseEntity<byte[]> pdf = download("operatorbatang", "/api/pertek/" + usulId + ".pdf");
      assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      assertThat(pdf.getHeaders().getContentDisposition().getFilename()).startsWith("Pertek-").endsWith(".pdf");
      assertThat(download("pengawas1", "/api/pertek/" + usulId + ".pdf").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(download("operatorpekalongan", "/api/pertek/" + usulId + ".pdf").getStatusCode())
          .as("another instansi").isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(download(null, "/api/pertek/" + usulId + ".pdf").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

      ResponseEntity<Map> verified = verifyFile(pdf.getBody());
      assertThat(verified.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(verified.getBody()).containsEntry("valid", true).containsEntry("indikasi", "TOTAL_PASSED")
          .containsEntry("penandatangan", "Bambang Suryono").containsEntry("nomorInduk", nip)
          .containsEntry("terdaftar", true).containsKey("waktuTandaTangan");
      String nomorPertek = (String) verified.getBody().get("nomorPertek");

      Map<?, ?> detail = rest.withBasicAuth("operatorbatang", "rahasia").getForObject("/api/usul-ni/" + usulId, Map.class);
      assertThat((Map<String, Object>) detail.get("pertek")).containsEntry("nomor", nomorPertek)
          .containsEntry("url", "/api/pertek/" + usulId + ".pdf").containsKey("tanggal");
      assertThat(jdbc.sql("select pesan from notifikasi where usul_id = ? and jenis = 'PERTEK_TERBIT'").param(usulId)
          .query(String.class).single()).contains(nomorPertek, nip);

      byte[] changed = pdf.getBody().clone();
      changed[changed.length / 3] ^= 0x01;
      assertThat(verifyFile(changed).getBody()).containsEntry("valid", false);
    }

    @Test
    void theQrCodesPageIsPublicAndShowsTheRegisteredFactsNeverTheDocument() {
      Candidate candidate = Candidate.pns();
      ProcessInstance instance = submitted(candidate);
      verify("pemroses1", instance, "MS", null);
      runJob(instance, STEP_TETAPKAN_NOMOR);
      sign("penandatangan2", instance, "SETUJU", null);
      runJob(instance, STEP_TANDA_TANGANI);
      String code = jdbc.sql("select kode_verifikasi from pertek where usul_id = ?").param(instance.getBusinessKey())
          .query(String.class).single();

      ResponseEntity<String> page = rest.getForEntity("/verifikasi/" + code, String.class);
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
      String nik = candidate.nik();
      assertThat(page.getBody()).contains("terdaftar", "Siti Aminah", "Dewi Kartika",
          nik.substring(0, 4) + "********" + nik.substring(12)).doesNotContain(nik).doesNotContain("%PDF");
      assertThat(rest.getForEntity("/verifikasi/aaaaaaaaaaaaaaaaaaaaaaaaaa", String.class).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aSigningFailureIsRetriedThenRaisesAnIncidentAndSignsOnceRepaired() {
      ProcessInstance instance = submitted(Candidate.pns());
      verify("pemroses1", instance, "MS", null);
      runJob(instance, STEP_TETAPKAN_NOMOR);
      sign("penandatangan1", instance, "SETUJU", null);
      String usulId = instance.getBusinessKey();
      String draft = jdbc.sql("select sha256_konsep from pertek where usul_id = ?").param(usulId).query(String.class).single();
      // the document store lost the draft (a network share down, say): signing cannot go on
      jdbc.sql("update pertek set sha256_konsep = ? where usul_id = ?").params("0".repeat(64), usulId).update();

      Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(STEP_TANDA_TANGANI)
          .singleResult();
      // retried five more times with backoff (PT10S,PT1M,PT5M,PT15M,PT1H), each wait longer than the one before
      long[] waitsSeconds = {10, 60};
      for (int attempt = 0; attempt < waitsSeconds.length; attempt++) {
        Date failedAt = ClockUtil.getCurrentTime();
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("0".repeat(64));
        Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(failed.getRetries()).as("retries left after failure %d", attempt + 1).isEqualTo(5 - attempt);
        assertThat(failed.getDuedate().getTime() - failedAt.getTime()).as("wait after failure %d", attempt + 1)
            .isBetween(waitsSeconds[attempt] * 1000 - 1000, waitsSeconds[attempt] * 1000 + 1000);
      }
      assertThat(status(instance)).isEqualTo(UsulStatus.TANDA_TANGAN);

      managementService.setJobRetries(job.getId(), 1);
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
      assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isOne();

      // repaired, then retried from Cockpit
      jdbc.sql("update pertek set sha256_konsep = ? where usul_id = ?").params(draft, usulId).update();
      managementService.setJobRetries(job.getId(), 1);
      managementService.executeJob(job.getId());
      assertThat(instance).isEnded().hasPassed(END_PERTEK_TERBIT);
      assertThat(jdbc.sql("select count(*) from pertek where usul_id = ? and sha256_ditandatangani is not null")
          .param(usulId).query(Integer.class).single()).isOne();
      assertThat(notificationTypes(instance)).containsExactly("PERTEK_TERBIT");
    }

    private Object historyVariable(ProcessInstance instance, String name) {
      return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableName(name).singleResult().getValue();
    }
  }

  @Nested
  class SlaTimers {
    @Test
    void verificationPastTenMinutesIsRecordedAsABreachAndTheTaskStaysOpen() {
      ProcessInstance instance = submitted(Candidate.pns());
      Task task = task(instance, TASK_VERIFIKASI);
      assertThat(task.getDueDate().getTime() - task.getCreateTime().getTime()).isEqualTo(10 * 60 * 1000);
      Job timer = managementService.createJobQuery().processInstanceId(instance.getId())
          .activityId(TIMER_BATAS_VERIFIKASI).singleResult();
      assertThat(timer.getDuedate()).isEqualTo(task.getDueDate());

      managementService.executeJob(timer.getId());
      assertThat(instance).isWaitingAt(TASK_VERIFIKASI).hasPassed(END_PELANGGARAN_VERIFIKASI);
      assertThat(jdbc.sql("select kegiatan from sla_pelanggaran where task_id = ?").param(task.getId())
          .query(String.class).single()).isEqualTo(TASK_VERIFIKASI);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPosStandardChangedThroughTheApiMovesTheOpenTaskTimesTheNextAndIsAudited() {
      ProcessInstance waiting = submitted(Candidate.pns());
      try {
        assertThat(putStandard(900).getStatusCode()).isEqualTo(HttpStatus.OK);
        // the waiting task and its timer now run 15 minutes from its creation; so does the next one
        Task moved = task(waiting, TASK_VERIFIKASI);
        assertThat(moved.getDueDate().getTime() - moved.getCreateTime().getTime()).isEqualTo(15 * 60 * 1000);
        assertThat(managementService.createJobQuery().processInstanceId(waiting.getId())
            .activityId(TIMER_BATAS_VERIFIKASI).singleResult().getDuedate()).isEqualTo(moved.getDueDate());
        Task next = task(submitted(Candidate.pns()), TASK_VERIFIKASI);
        assertThat(next.getDueDate().getTime() - next.getCreateTime().getTime()).isEqualTo(15 * 60 * 1000);

        List<Map<String, Object>> changes = rest.withBasicAuth("pengawas1", "rahasia")
            .getForObject("/api/sla/standar/riwayat?size=1", List.class);
        assertThat(changes).singleElement().satisfies(change -> {
          assertThat(change).containsEntry("kegiatan", TASK_VERIFIKASI).containsEntry("diubahOleh", "admin");
          assertThat((String) change.get("sebelum")).contains("600 detik");
          assertThat((String) change.get("sesudah")).contains("900 detik");
          assertThat(((Number) change.get("tugasDiubah")).intValue()).isPositive();
        });
        // it stays in seconds and cannot be removed, since the timers read it
        assertThat(rest.withBasicAuth("admin", "rahasia").exchange("/api/sla/standar/pertekNiCasn/verifikasiUsul",
            HttpMethod.PUT, new HttpEntity<>(Map.of("nama", "Verifikasi", "standarHariKerja", 1)), Map.class)
            .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.withBasicAuth("admin", "rahasia").exchange("/api/sla/standar/pertekNiCasn/verifikasiUsul",
            HttpMethod.DELETE, null, Map.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      } finally {
        assertThat(putStandard(600).getStatusCode()).isEqualTo(HttpStatus.OK);
      }
      Task back = task(waiting, TASK_VERIFIKASI);
      assertThat(back.getDueDate().getTime() - back.getCreateTime().getTime()).isEqualTo(10 * 60 * 1000);
    }

    private ResponseEntity<Map> putStandard(int seconds) {
      return rest.withBasicAuth("admin", "rahasia").exchange("/api/sla/standar/pertekNiCasn/verifikasiUsul",
          HttpMethod.PUT, new HttpEntity<>(Map.of("nama", "Verifikasi dan konsep Pertek", "standarDetik", seconds,
              "targetPersen", 90)), Map.class);
    }

    @Test
    void signingPastTwoMinutesIsRecordedAsABreach() {
      ProcessInstance instance = submitted(Candidate.pns());
      verify("pemroses1", instance, "MS", null);
      runJob(instance, STEP_TETAPKAN_NOMOR);
      Task task = task(instance, TASK_TANDA_TANGAN);
      assertThat(task.getDueDate().getTime() - task.getCreateTime().getTime()).isEqualTo(2 * 60 * 1000);
      runJob(instance, TIMER_BATAS_TANDA_TANGAN);
      assertThat(instance).isWaitingAt(TASK_TANDA_TANGAN).hasPassed(END_PELANGGARAN_TANDA_TANGAN);
      assertThat(jdbc.sql("select count(*) from sla_pelanggaran where task_id = ?").param(task.getId())
          .query(Integer.class).single()).isOne();
    }
  }

  @Nested
  class ServerSideChecks {
    @Test
    void verificationWithoutOrWithAWrongOutcomeIsRefusedAndTheTaskStaysOpen() {
      ProcessInstance instance = submitted(Candidate.pns());
      assertThatThrownBy(() -> verify("pemroses1", instance, null, null))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("“Hasil verifikasi”").hasFieldOrPropertyWithValue("detail", "hasilVerifikasi");
      assertThatThrownBy(() -> verify("pemroses1", instance, "LULUS", null))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("MS, BTS atau TMS");
      assertThatThrownBy(() -> verify("pemroses1", instance, "BTS", "  "))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("“Alasan untuk instansi”").hasFieldOrPropertyWithValue("detail", "alasanVerifikasi");
      assertThat(instance).isWaitingAt(TASK_VERIFIKASI);
      assertThat(status(instance)).isEqualTo(UsulStatus.VERIFIKASI);
    }

    @Test
    void returningWithoutANoteIsRefused() {
      ProcessInstance instance = submitted(Candidate.pns());
      verify("pemroses1", instance, "MS", null);
      runJob(instance, STEP_TETAPKAN_NOMOR);
      assertThatThrownBy(() -> sign("penandatangan1", instance, "KEMBALIKAN", null))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("“Catatan untuk Tim Pemroses”")
          .hasFieldOrPropertyWithValue("detail", "catatanPenandatanganan");
      assertThatThrownBy(() -> sign("penandatangan1", instance, "TOLAK", null))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("SETUJU atau KEMBALIKAN");
      assertThat(instance).isWaitingAt(TASK_TANDA_TANGAN);
    }

    @Autowired OfficerService officers;

    @Test
    void whoeverVerifiedCannotSign() {
      ensureUserInBothGroups("rangkap1");
      ProcessInstance instance = submitted(Candidate.pns());
      verify("rangkap1", instance, "MS", null);
      runJob(instance, STEP_TETAPKAN_NOMOR);
      Task signing = task(instance, TASK_TANDA_TANGAN);
      identityService.setAuthentication("rangkap1", groupsOf("rangkap1"));
      try {
        // Tasklist claims first: refused, the task stays free for another signer
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> taskService.claim(signing.getId(),
            "rangkap1"));
        assertThat(refused).hasMessageContaining("empat mata");
        // Tasklist shows the refusal itself as a bad request, without the engine's wrapper around it
        jakarta.ws.rs.core.Response answer = TasklistRefusals.toResponse(refused, "task/" + signing.getId() + "/claim");
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(((org.camunda.bpm.engine.rest.dto.ExceptionDto) answer.getEntity()).getMessage())
            .contains("empat mata").doesNotContain("ENGINE-");
        // a client completing without a claim is refused as a bad request
        assertThatThrownBy(() -> taskService.complete(signing.getId(), Map.of(VAR_KEPUTUSAN, "SETUJU")))
            .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("empat mata");
      } finally {
        identityService.clearAuthentication();
      }
      assertThat(task(instance, TASK_TANDA_TANGAN).getAssignee()).isNull();

      sign("penandatangan1", instance, "SETUJU", null);
      runJob(instance, STEP_TANDA_TANGANI);
      assertThat(instance).isEnded();
    }

    @Test
    void aVerifierWithoutAPosPositionAndASignerWithoutADecreeAreRefusedWithTheReason() {
      ensureUserIn("tanpajabatan1", "timPemroses");
      ensureUserIn("tanpask1", "pejabatPenandatanganan");
      ProcessInstance instance = submitted(Candidate.pns());
      Task verification = task(instance, TASK_VERIFIKASI);
      identityService.setAuthentication("tanpajabatan1", groupsOf("tanpajabatan1"));
      try {
        assertThatThrownBy(() -> taskService.claim(verification.getId(), "tanpajabatan1"))
            .hasMessageContaining("belum tercatat sebagai anggota Tim Pemroses");
      } finally {
        identityService.clearAuthentication();
      }
      verify("pemroses1", instance, "MS", null);
      runJob(instance, STEP_TETAPKAN_NOMOR);
      Task signing = task(instance, TASK_TANDA_TANGAN);
      identityService.setAuthentication("tanpask1", groupsOf("tanpask1"));
      try {
        assertThatThrownBy(() -> taskService.claim(signing.getId(), "tanpask1"))
            .hasMessageContaining("tidak memiliki Keputusan Kepala BKN");
      } finally {
        identityService.clearAuthentication();
      }
      assertThat(task(instance, TASK_TANDA_TANGAN).getAssignee()).isNull();
      sign("penandatangan1", instance, "SETUJU", null);
      // the history names who acted, in which position and under which decree
      List<String> history = jdbc.sql("select keterangan from usul_riwayat where usul_id = ? and jenis like 'PETUGAS_%'"
          + " order by waktu").param(instance.getBusinessKey()).query(String.class).list();
      assertThat(history).containsExactly(
          "MS oleh Rina Wulandari, NIP 198703152010122001, Analis Kepegawaian Pertama/Analis SDM Aparatur Ahli Pertama "
              + "(Tim Pemroses)",
          "SETUJU oleh Bambang Suryono, NIP 197005121995031001, Kepala Bidang Mutasi dan Status Kepegawaian, "
              + "berdasarkan Keputusan Kepala BKN nomor 1/KEP/2020 tanggal 2020-01-02");
    }

    private void ensureUserIn(String id, String group) {
      if (identityService.createUserQuery().userId(id).count() == 0) {
        User user = identityService.newUser(id);
        user.setPassword("rahasia");
        identityService.saveUser(user);
        identityService.createMembership(id, group);
      }
    }

    /** A member of both Kanreg groups with a recorded position and decree: only four eyes stops them. */
    private void ensureUserInBothGroups(String id) {
      if (identityService.createUserQuery().userId(id).count() == 0) {
        ensureUserIn(id, "timPemroses");
        identityService.createMembership(id, "pejabatPenandatanganan");
        officers.recordMember(id, new OfficerService.MemberForm("198801012012121001", "AHLI_PERTAMA", null), "admin");
        officers.recordDecree(id, new OfficerService.DecreeForm("198801012012121001", "Kepala Seksi", "3/KEP/2020",
            "2020-01-02", null, null), "admin");
      }
    }
  }
}
