package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.IndonesianText;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.support.Browser;
import id.asn.workflow.support.RunningJar;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Tried as a person would: Tasklist and Cockpit in a real browser against the packaged application. */
class BrowserIT {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  private static RunningJar app;
  private static TestRestTemplate rest;
  private static String baseUrl;

  @BeforeAll
  static void start() throws Exception {
    app = RunningJar.start(Map.of("DATA_DIR", Files.createTempDirectory("asn-browser").toString()),
        "--spring.profiles.active=demo");
    rest = app.client();
    baseUrl = rest.getRootUri();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (app != null) {
      app.close();
    }
  }

  private static TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "rahasia");
  }

  private static <T> T eventually(Supplier<T> probe, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      Thread.sleep(300);
    }
    throw new AssertionError("waited 60 s for " + what + "; log: " + app.log());
  }

  private static String openTask(String usulId, String key) throws InterruptedException {
    return eventually(() -> {
      List<Map<String, Object>> tasks = as("admin").exchange("/engine-rest/task?processInstanceBusinessKey=" + usulId
          + "&taskDefinitionKey=" + key, HttpMethod.GET, null, LIST).getBody();
      return tasks == null || tasks.isEmpty() ? null : (String) tasks.get(0).get("id");
    }, key + " of " + usulId);
  }

  private static void awaitStatus(String usulId, String status) throws InterruptedException {
    eventually(() -> status.equals(as("operatorbatang").getForObject("/api/usul-ni/" + usulId, Map.class).get("status"))
        ? Boolean.TRUE : null, "status " + status + " of " + usulId);
  }

  /**
   * Opens a task from the group's queue, as a new officer would find it: the element that names the queue itself, not
   * the list around it, since every user now also has "Tugas saya".
   */
  private static void openFromFilter(Browser browser, String filter, String taskId) {
    browser.awaitClickable(By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='" + filter + "']"))
        .click();
    browser.awaitClickable(By.xpath("//a[contains(@href,'" + taskId + "')]")).click();
  }

  private static void choose(Browser browser, String label) {
    browser.click(By.xpath("//label[contains(normalize-space(.),'" + label + "')]"));
  }

  private static void claimAndComplete(Browser browser, String choice) {
    browser.click(By.xpath("//button[normalize-space()='Klaim']"));
    choose(browser, choice);
    browser.click(By.xpath("//button[normalize-space()='Selesaikan']"));
  }

  @Test
  void aVerifierAndASignerWorkAUsulInTasklist() throws Exception {
    String usulId = PertekFixtures.submit(rest, PertekFixtures.Candidate.pns());
    String verification = openTask(usulId, "verifikasiUsul");

    try (Browser browser = Browser.open(baseUrl)) {
      browser.signInTo("tasklist", "pemroses1", "rahasia");
      openFromFilter(browser, "Verifikasi Usul NI", verification);
      browser.awaitClickable(By.xpath("//button[normalize-space()='Klaim']")).click();
      browser.awaitText("Temuan pemeriksaan awal");
      assertThat(browser.text()).contains("Siti Aminah", "Analis Kebijakan Ahli Pertama", "NIK",
          "Semua dokumen wajib ada");
      String document = browser.await(By.xpath("//a[contains(.,'Ijazah')]")).getAttribute("href");
      assertThat(browser.fetchStatus(document)).as("the document opens with the Tasklist session").isEqualTo(200);
      browser.screenshot("01-tasklist-verifikasi-usul");
      choose(browser, "MS: Memenuhi Syarat");
      browser.click(By.xpath("//button[normalize-space()='Selesaikan']"));
    }

    String signing = openTask(usulId, "tandaTanganPertek");
    try (Browser browser = Browser.open(baseUrl)) {
      browser.signInTo("tasklist", "penandatangan1", "rahasia");
      openFromFilter(browser, "Tanda Tangan Pertek", signing);
      browser.awaitText("Konsep Persetujuan Teknis");
      String nomorInduk = (String) as("operatorbatang").getForObject("/api/usul-ni/" + usulId, Map.class).get("nomorInduk");
      assertThat(browser.text()).as("the signer sees the new number in its printed groups and who verified")
          .contains(IndonesianText.nomorInduk(nomorInduk, JenisAsn.PNS), "Rina Wulandari, NIP 198703152010122001");
      String draft = browser.await(By.xpath("//a[contains(@href,'konsep.pdf')]")).getAttribute("href");
      assertThat(browser.fetchStatus(draft)).as("the signer opens the draft PDF from the form").isEqualTo(200);
      browser.screenshot("02-tasklist-tanda-tangan-pertek");
      claimAndComplete(browser, "Setuju");
    }
    awaitStatus(usulId, "SELESAI");

    // the instansi downloads the signed Pertek, and anyone can verify it
    byte[] pdf = as("operatorbatang").getForObject("/api/pertek/" + usulId + ".pdf", byte[].class);
    org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
    parts.add("file", PertekFixtures.file("pertek.pdf", pdf));
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    Map<?, ?> verified = rest.postForObject("/api/pertek/verifikasi", new HttpEntity<>(parts, multipart), Map.class);
    assertThat(verified.get("valid")).isEqualTo(true);
    assertThat(verified.get("nomorInduk")).isEqualTo(nomorIndukOf(usulId));
  }

  private static Object nomorIndukOf(String usulId) {
    return as("operatorbatang").getForObject("/api/usul-ni/" + usulId, Map.class).get("nomorInduk");
  }

  @Test
  void aSignerCannotWorkATimPemrosesTask() throws Exception {
    String usulId = PertekFixtures.submit(rest, PertekFixtures.Candidate.pns());
    String verification = openTask(usulId, "verifikasiUsul");
    try (Browser browser = Browser.open(baseUrl)) {
      browser.signInTo("tasklist", "penandatangan1", "rahasia");
      browser.await(By.xpath("//*[contains(normalize-space(.),'Tanda Tangan Pertek')]"));
      assertThat(browser.text()).doesNotContain("Verifikasi Usul NI");
      browser.go("/camunda/app/tasklist/default/#/?task=" + verification);
      Thread.sleep(2500);
      browser.screenshot("03-tasklist-penandatangan-tanpa-akses");
      assertThat(browser.driver().findElements(By.xpath("//button[normalize-space()='Klaim']"))).isEmpty();
      assertThat(browser.text()).doesNotContain("Temuan pemeriksaan awal");
    }
    assertThat(as("admin").getForObject("/engine-rest/task/" + verification, Map.class).get("assignee")).isNull();
  }

  @Test
  void whoeverVerifiedCannotSignInTasklist() throws Exception {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    as("admin").postForEntity("/engine-rest/user/create", new HttpEntity<>(Map.of(
        "profile", Map.of("id", "rangkap1", "firstName", "Pegawai", "lastName", "Rangkap"),
        "credentials", Map.of("password", "rahasia")), json), String.class);
    as("admin").exchange("/engine-rest/group/timPemroses/members/rangkap1", HttpMethod.PUT, null, String.class);
    as("admin").exchange("/engine-rest/group/pejabatPenandatanganan/members/rangkap1", HttpMethod.PUT, null, String.class);
    // a member in both groups with a recorded position and decree: only four eyes stops them signing
    as("admin").exchange("/api/admin/tim-pemroses/rangkap1", HttpMethod.PUT, new HttpEntity<>(Map.of(
        "nip", "198801012012121001", "jabatan", "AHLI_PERTAMA"), json), String.class);
    as("admin").postForEntity("/api/admin/penandatangan/rangkap1/keputusan", new HttpEntity<>(Map.of(
        "nip", "198801012012121001", "jabatan", "Kepala Seksi", "nomor", "3/KEP/2020", "tanggal", "2020-01-02"), json),
        String.class);

    String usulId = PertekFixtures.submit(rest, PertekFixtures.Candidate.pns());
    String verification = openTask(usulId, "verifikasiUsul");
    try (Browser browser = Browser.open(baseUrl)) {
      browser.signInTo("tasklist", "rangkap1", "rahasia");
      openFromFilter(browser, "Verifikasi Usul NI", verification);
      claimAndComplete(browser, "MS: Memenuhi Syarat");
      String signing = openTask(usulId, "tandaTanganPertek");
      browser.go("/camunda/app/tasklist/default/#/?task=" + signing);
      browser.awaitClickable(By.xpath("//button[normalize-space()='Klaim']")).click();
      browser.awaitText("empat mata");
      browser.screenshot("04-tasklist-empat-mata");
      assertThat(as("admin").getForObject("/engine-rest/task/" + signing, Map.class).get("assignee")).isNull();
    }
  }

  @Test
  void aSupervisorSeesThePertekDiagramWithRunningInstancesInCockpit() throws Exception {
    String usulId = PertekFixtures.submit(rest, PertekFixtures.Candidate.pns());
    openTask(usulId, "verifikasiUsul");
    try (Browser browser = Browser.open(baseUrl)) {
      browser.signInTo("cockpit", "pengawas1", "rahasia");
      browser.awaitClickable(By.xpath("//a[contains(normalize-space(.),'Proses')]")).click();
      browser.awaitClickable(By.xpath("//a[contains(normalize-space(.),'Pertek Penetapan NI CASN')]")).click();
      browser.await(By.cssSelector(".djs-container svg"));
      browser.awaitText("Instans berjalan");
      Thread.sleep(1500);
      browser.screenshot("05-cockpit-pertek-ni-casn");
      assertThat(browser.driver().findElements(By.cssSelector("[data-element-id='verifikasiUsul']"))).isNotEmpty();
    }
  }

}
