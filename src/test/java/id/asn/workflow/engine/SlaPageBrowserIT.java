package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.Browser;
import id.asn.workflow.support.RunningJar;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A Kanreg supervisor reads the SLA page, filled by the demo simulator, in a real browser. */
class SlaPageBrowserIT {

  private static RunningJar app;

  @BeforeAll
  static void startWithTheSimulator() throws Exception {
    app = RunningJar.start(Map.of("DATA_DIR", Files.createTempDirectory("asn-sla-browser").toString()),
        "--spring.profiles.active=demo", "--app.simulator.enabled=true", "--app.simulator.riwayat-hari=30",
        "--app.simulator.riwayat-tugas-per-hari=40");
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void theSlaPageShowsTilesChartsAndBreachesFromSimulatedHistory() throws Exception {
    try (Browser browser = Browser.open(app.client().getRootUri())) {
      browser.signInTo("cockpit", "pengawas1", "rahasia");
      browser.awaitText("Hendra Gunawan"); // signed in: the header shows the supervisor's name
      browser.go("/sla");
      browser.awaitText("Laporan SLA");
      // the tiles and the daily chart appear once the report for the default period has loaded
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d ->
          !d.findElements(By.cssSelector("#ringkasan *")).isEmpty()
              && !d.findElements(By.cssSelector("#pelanggaran tr")).isEmpty());
      Number charts = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
          "return document.querySelectorAll('canvas').length;");
      assertThat(charts.intValue()).as("daily share and duration histograms drawn").isGreaterThanOrEqualTo(2);
      assertThat(browser.text()).contains("Per petugas", "pemroses1", "penandatangan1");
      Thread.sleep(1500);
      browser.screenshot("06-sla-laporan");
    }
  }

  @Test
  void someoneOutsideTheKanregIsRefused() throws Exception {
    try (Browser browser = Browser.open(app.client().getRootUri())) {
      browser.signInTo("tasklist", "operatorbatang", "rahasia");
      browser.awaitText("Sri Rahayu"); // signed in: the header shows the operator's name
      assertThat(browser.fetchStatus("/api/sla?dari=2025-01-01&sampai=2025-01-31")).isEqualTo(403);
    }
  }
}
