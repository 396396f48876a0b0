package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.recruitment.PengadaanProcess;
import id.asn.workflow.recruitment.RecruitmentRankingTestData;
import id.asn.workflow.recruitment.SeleksiTestClient;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.support.Browser;
import id.asn.workflow.workforce.KebutuhanProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One day's work of each role in a real browser, from signing in to a completed task, as a new officer does it:
 * the queue, the form, the upload page. Every step leaves a screenshot in target/screenshots; the clicks and
 * typed fields from sign-in to the completed task are counted and written to target/screenshots/klik.txt.
 */
@AppTest
class RoleDaysBrowserTest {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  private int clicks;
  private int typed;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theVerifierReturnsAPppkFileWithAReasonAndSeesTheProvisionalDeadlineFirst() throws Exception {
    // a BTS on 21 December 2026 gives 25 working days, into 2027, whose holidays are not decreed yet
    TestClock.at(2026, 12, 21);
    String usulId = PertekFixtures.submit(rest, PertekFixtures.Candidate.pppk());
    ProcessInstance instance = byKey(usulId);
    runJobs(instance);
    String taskId = task(instance, PertekProcess.TASK_VERIFIKASI).getId();

    day("10-verifikator", browser -> {
      signIn(browser, "tasklist", "pemroses1");
      openFromQueue(browser, "Verifikasi Usul NI", taskId);
      claim(browser);
      browser.awaitText("Bila dikembalikan hari ini");
      assertThat(browser.text()).contains("(25 hari kerja sejak hari ini)", "Tenggat ini sementara");
      shot(browser, "10-verifikator-bts-tenggat-sementara");
      choose(browser, "BTS: Berkas Tidak Sesuai");
      complete(browser);
      // the form itself refuses: the reason BTS needs is marked and missing
      browser.awaitText("Alasan");
      assertThat(task(instance, PertekProcess.TASK_VERIFIKASI)).as("not completed without the reason").isNotNull();
      type(browser, "Alasan", "Ijazah belum dilegalisir oleh perguruan tinggi.");
      shot(browser, "11-verifikator-bts-alasan");
      complete(browser);
      awaitGone(instance, PertekProcess.TASK_VERIFIKASI);
      record("Verifikator (BTS)");
    });
    runJobs(instance);
    Map<?, ?> usul = rest.withBasicAuth("operatorbatang", "rahasia").getForObject("/api/usul-ni/" + usulId, Map.class);
    assertThat(usul.get("status")).isEqualTo("PERBAIKAN");
    assertThat(usul.get("alasan").toString()).contains("Ijazah belum dilegalisir");
    assertThat(usul.toString()).contains("sementara=true");
  }

  @Test
  void thePpkFormsTheSelectionCommittee() throws Exception {
    TestClock.at(2026, 12, 1);
    String periode = SeleksiTestClient.open(rest, SeleksiTestClient.newInstansi("KabPeran"), 2027);
    ProcessInstance instance = byKey(periode);
    String taskId = task(instance, "bentukPanitia").getId();

    day("20-ppk", browser -> {
      signIn(browser, "tasklist", "ppkbatang");
      openFromQueue(browser, "Tugas PPK", taskId);
      claim(browser);
      type(browser, "Nomor keputusan PPK", "800/41/2026");
      type(browser, "Ketua", "Sekretaris Daerah");
      choose(browser, "Ketua panitia adalah Pejabat yang Berwenang");
      type(browser, "Wakil ketua", "Kepala BKPSDM");
      type(browser, "Sekretaris", "Kepala Bidang Pengadaan");
      type(browser, "Tim seleksi administrasi", "Ani Lestari\nBudi Hartono");
      type(browser, "Tim pelaksanaan SKD dan SKB", "Candra Wijaya");
      type(browser, "Tim pemantauan ujian", "Inspektorat: Dodi Saputra");
      choose(browser, "Tugas dan tanggung jawab");
      choose(browser, "Sarana bagi pelamar penyandang disabilitas");
      shot(browser, "20-ppk-bentuk-panitia");
      complete(browser);
      awaitGone(instance, "bentukPanitia");
      record("PPK (bentuk panitia)");
    });
    assertThat(task(instance, "tetapkanJadwal")).as("the committee's schedule is next").isNotNull();
  }

  @Test
  void theCommitteeImportsThroughTheUploadPageAndSetsTheSchedule() throws Exception {
    TestClock.at(2026, 12, 1);
    String periode = SeleksiTestClient.open(rest, SeleksiTestClient.newInstansi("KabPeran"), 2027);
    ProcessInstance instance = byKey(periode);
    RecruitmentProcessTest.Driver driver = new RecruitmentProcessTest.Driver(engine);
    driver.work("ppkbatang", instance, "bentukPanitia", RecruitmentProcessTest.committeeValues());
    String taskId = task(instance, "tetapkanJadwal").getId();
    Path formasi = Files.writeString(Files.createTempFile("formasi", ".csv"), RecruitmentRankingTestData.FORMASI);

    day("30-panitia", browser -> {
      signIn(browser, "tasklist", SeleksiTestClient.PANITIA);
      openFromQueue(browser, "Tugas Panitia Seleksi", taskId);
      claim(browser);
      uploadFromTheTask(browser, "formasi", formasi, "Impor selesai", "30-panitia-unggah-formasi");

      date(browser, "Pengumuman lowongan mulai", LocalDate.of(2026, 12, 7));
      date(browser, "Pengumuman lowongan berakhir", LocalDate.of(2026, 12, 21));
      date(browser, "Batas akhir pelamaran", LocalDate.of(2026, 12, 21));
      date(browser, "Seleksi administrasi", LocalDate.of(2027, 1, 11));
      date(browser, "SKD", LocalDate.of(2027, 2, 15));
      date(browser, "SKB", LocalDate.of(2027, 2, 22));
      shot(browser, "31-panitia-tetapkan-jadwal");
      complete(browser);
      awaitGone(instance, "tetapkanJadwal");
      record("Panitia seleksi (unggah formasi, jadwal)");
    });
    assertThat(SeleksiTestClient.result(rest, periode, "hasil-administrasi").toString()).isNotBlank();
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "batasPelamaran").toString())
        .isEqualTo("2026-12-21");
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), PengadaanProcess.VAR_RINGKASAN))
        .as("the summary counts the formasi imported from the page").contains("Formasi: 2");
  }

  @Test
  void theInstansiOperatorUploadsItsDataAndConfirmsTheJobAnalysis() throws Exception {
    TestClock.at(2026, 2, 2);
    String instansi = KebutuhanTestClient.newInstansi(engine, "KabPeran");
    KebutuhanDriver driver = new KebutuhanDriver(engine, rest);
    ProcessInstance instance = driver.started(instansi);
    String taskId = task(instance, KebutuhanProcess.TASK_ANALISIS_JABATAN).getId();
    Path units = Files.writeString(Files.createTempFile("unit", ".csv"), KebutuhanTestClient.demo("unit-organisasi"));

    day("40-operator", browser -> {
      signIn(browser, "tasklist", KebutuhanTestClient.operator(instansi));
      openFromQueue(browser, "Tugas Pemerintah " + instansi, taskId);
      claim(browser);
      uploadFromTheTask(browser, "unit organisasi", units, "Impor selesai: 6 baris",
          "40-operator-unggah-unit-organisasi");
      for (String jenis : List.of("jabatan", "beban-kerja", "pegawai")) {
        assertThat(KebutuhanTestClient.importCsv(rest, instansi, KebutuhanTestClient.TAHUN, jenis,
            KebutuhanTestClient.demo(jenis)).getStatusCode().value()).isEqualTo(200);
      }
      choose(browser, "Informasi jabatan setiap jabatan sudah lengkap");
      shot(browser, "41-operator-analisis-jabatan");
      complete(browser);
      awaitGone(instance, KebutuhanProcess.TASK_ANALISIS_JABATAN);
      record("Operator instansi (unggah, analisis jabatan)");
    });
    assertThat(task(instance, KebutuhanProcess.TASK_ANALISIS_BEBAN_KERJA)).isNotNull();
  }

  @Test
  void theBknAnalystAcceptsASubmittedProposal() throws Exception {
    TestClock.at(2026, 2, 2);
    String instansi = KebutuhanTestClient.newInstansi(engine, "KabPeran");
    KebutuhanDriver driver = new KebutuhanDriver(engine, rest);
    ProcessInstance instance = driver.started(instansi);
    KebutuhanTestClient.importDemo(rest, instansi, KebutuhanTestClient.TAHUN);
    driver.submitted(instansi, instance, "2026-02-02");
    String taskId = task(instance, KebutuhanProcess.TASK_ANALISIS_KEBUTUHAN).getId();

    day("50-analis", browser -> {
      signIn(browser, "tasklist", KebutuhanDriver.ANALIS);
      openFromQueue(browser, "Analisis Kebutuhan ASN", taskId);
      claim(browser);
      choose(browser, "Lanjut ke pertimbangan teknis");
      choose(browser, "sudah diinventarisasi");
      choose(browser, "sudah diklasifikasi");
      choose(browser, "sudah diolah");
      choose(browser, "sudah diverifikasi dan divalidasi");
      type(browser, "Laporan hasil analisis", "Kebutuhan sesuai analisis jabatan dan beban kerja.");
      shot(browser, "50-analis-bkn-analisis-kebutuhan");
      complete(browser);
      awaitGone(instance, KebutuhanProcess.TASK_ANALISIS_KEBUTUHAN);
      record("Analis BKN (analisis kebutuhan)");
    });
    assertThat(task(instance, KebutuhanProcess.TASK_PERTIMBANGAN_TEKNIS)).isNotNull();
  }

  @Test
  void theSupervisorReadsAnInstanceInCockpitWithoutSuspendOrDelete() throws Exception {
    String usulId = PertekFixtures.submit(rest, PertekFixtures.Candidate.pns());
    ProcessInstance instance = byKey(usulId);
    runJobs(instance);
    // the verifier's TMS without a reason was refused: the supervisor is to see why the task has not moved
    String taskId = task(instance, PertekProcess.TASK_VERIFIKASI).getId();
    TestRestTemplate verifier = rest.withBasicAuth("pemroses1", "rahasia");
    verifier.postForEntity("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "pemroses1"), Map.class);
    assertThat(verifier.postForEntity("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables",
        Map.of("hasilVerifikasi", Map.of("value", "TMS", "type", "String"))), Map.class).getStatusCode().value())
        .isEqualTo(400);

    day("60-pengawas", browser -> {
      signIn(browser, "cockpit", "pengawas1");
      browser.awaitText("Hendra Gunawan");
      browser.go("/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime");
      browser.await(By.cssSelector(".djs-container svg"));
      browser.await(By.cssSelector("[data-element-id='verifikasiUsul']"));
      browser.awaitText("penolakanTerakhir");
      assertThat(browser.text()).contains("pemroses1 · Verifikasi berkas", "wajib diisi untuk TMS");
      Thread.sleep(1500);
      shot(browser, "60-pengawas-cockpit-instans");
      List<WebElement> actions = browser.driver().findElements(By.cssSelector("a.btn-toolbar"));
      assertThat(actions).as("the toolbar is there").isNotEmpty();
      assertThat(actions.stream().filter(WebElement::isDisplayed).map(a -> a.getAttribute("uib-tooltip")).toList())
          .as("no suspend or delete offered").noneMatch(t -> t != null && (t.contains("Suspend")
              || t.contains("Delete") || t.contains("Tangguhkan") || t.contains("Hapus")));
      assertThat(browser.text()).doesNotContain("It is time to migrate");
      browser.go("/sla");
      browser.awaitText("Laporan SLA");
      shot(browser, "61-pengawas-laporan-sla");
    });
  }

  interface Day {
    void work(Browser browser) throws Exception;
  }

  /** A role's day in a fresh browser; a failure leaves a screenshot of where it stopped. */
  private void day(String name, Day day) throws Exception {
    clicks = 0;
    typed = 0;
    try (Browser browser = Browser.open("http://localhost:" + port)) {
      try {
        day.work(browser);
      } catch (Exception | AssertionError e) {
        browser.screenshot(name + "-gagal");
        // CI keeps only the report: the message says where the browser stood and what it was waiting for
        throw new AssertionError(name + " stopped (" + firstLine(e) + (e.getCause() == null ? "" : "; last: "
            + firstLine(e.getCause())) + ") at " + browser.whereAmI(), e);
      }
    }
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return e.getClass().getSimpleName() + ": " + (end < 0 ? message : message.substring(0, end));
  }

  private void signIn(Browser browser, String app, String user) {
    browser.signInTo(app, user, "rahasia");
    clicks++;
    typed += 2;
  }

  /**
   * Opens the queue, then the task in it. In the shared test application a queue holds every earlier test's tasks,
   * so this one may sit past the list's first page: then it is opened by its address, as one click still.
   */
  private void openFromQueue(Browser browser, String queue, String taskId) {
    By queueLink = By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='" + queue + "']");
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(queueLink).isEmpty());
    } catch (org.openqa.selenium.TimeoutException notListed) {
      // as a person would, reload once; a second miss fails with what the page shows
      System.out.println("queue " + queue + " not listed, reloading: " + browser.whereAmI());
      browser.driver().navigate().refresh();
    }
    click(browser, queueLink);
    By inTheList = By.xpath("//a[contains(@href,'" + taskId + "')]");
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !d.findElements(inTheList).isEmpty());
      click(browser, inTheList);
    } catch (org.openqa.selenium.TimeoutException pastTheFirstPage) {
      // with the queue in the address too, the task stays open after the claim, as when clicked in the list
      String filterId = engine.getFilterService().createFilterQuery().filterName(queue).singleResult().getId();
      browser.go("/camunda/app/tasklist/default/#/?filter=" + filterId + "&task=" + taskId);
      clicks++;
    }
  }

  private void claim(Browser browser) {
    click(browser, button("Claim", "Klaim"));
    browser.await(button("Complete", "Selesaikan"));
  }

  private void complete(Browser browser) {
    click(browser, button("Complete", "Selesaikan"));
  }

  private static By button(String... labels) {
    List<String> any = new ArrayList<>();
    for (String label : labels) {
      any.add("normalize-space()='" + label + "'");
    }
    return By.xpath("//button[" + String.join(" or ", any) + "]");
  }

  private void click(Browser browser, By locator) {
    browser.click(locator);
    clicks++;
  }

  /** Ticks a checkbox or chooses a radio option by its label, and checks that it took. */
  private void choose(Browser browser, String label) {
    WebElement element = browser.await(By.xpath("//label[contains(normalize-space(.),\"" + label + "\")]"));
    String id = element.getAttribute("for");
    By input = id == null || id.isBlank()
        ? By.xpath("//label[contains(normalize-space(.),\"" + label + "\")]//input") : By.id(id);
    if (!browser.driver().findElement(input).isSelected()) {
      click(browser, input);
    }
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.findElement(input).isSelected());
  }

  /** Types into the text field or area whose label starts with {@code label}. */
  private void type(Browser browser, String label, String text) {
    WebElement input = field(browser, label);
    input.clear();
    input.sendKeys(text);
    clicks++;
    typed++;
  }

  /** Picks a day in a date field from its calendar. */
  private void date(Browser browser, String label, LocalDate day) {
    clicks += browser.pickDate(field(browser, label), day);
  }

  private static WebElement field(Browser browser, String label) {
    WebElement element = browser.await(By.xpath("//label[starts-with(normalize-space(.),\"" + label + "\")]"));
    return browser.driver().findElement(By.id(element.getAttribute("for")));
  }

  /**
   * Follows the task's upload link to its new tab, sends the file, waits for the outcome and returns to the form,
   * which kept what was typed; the page's progress bar must have reached the end.
   */
  private void uploadFromTheTask(Browser browser, String link, Path file, String outcome, String shotName)
      throws Exception {
    String tasklist = browser.driver().getWindowHandle();
    click(browser, By.xpath("//a[contains(@href,'/impor?ke=') and normalize-space()='" + link + "']"));
    switchToTheOtherTab(browser, tasklist);
    browser.await(By.id("berkas")).sendKeys(file.toString());
    typed++;
    click(browser, By.id("kirim"));
    browser.awaitText(outcome);
    Number progress = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
        "return document.getElementById('batang').value;");
    assertThat(progress.intValue()).as("the upload's progress reached the end").isEqualTo(100);
    shot(browser, shotName);
    browser.driver().close();
    browser.driver().switchTo().window(tasklist);
  }

  private void switchToTheOtherTab(Browser browser, String current) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() > 1);
    String other = browser.driver().getWindowHandles().stream().filter(h -> !h.equals(current)).findFirst().orElseThrow();
    browser.driver().switchTo().window(other);
  }

  private static void shot(Browser browser, String name) throws IOException, InterruptedException {
    Thread.sleep(400);
    browser.screenshot(name);
  }

  /** One role's count, from sign-in to the completed task. */
  private void record(String role) throws IOException {
    Files.createDirectories(Browser.SCREENSHOTS);
    Files.writeString(Browser.SCREENSHOTS.resolve("klik.txt"), role + ": " + clicks + " klik, " + typed
        + " isian\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private ProcessInstance byKey(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  private Task task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  /** Runs what the job executor (off in tests) would: the pre-check, the steps after a decision; never a timer. */
  private void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 10; round++) {
      List<Job> ready = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
          .messages().list();
      if (ready.isEmpty()) {
        return;
      }
      ready.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  private void awaitGone(ProcessInstance instance, String key) throws InterruptedException {
    for (int i = 0; i < 100 && task(instance, key) != null; i++) {
      Thread.sleep(100);
    }
    assertThat(task(instance, key)).as(key + " completed from the browser").isNull();
  }
}
