package id.asn.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.AppTest;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** On 2 December 2026 the seed has no 2027 decree: health and metrics say so. */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class CalendarMonitoringTest {

  @Autowired
  TestRestTemplate rest;

  @Autowired
  ProvisionalYearMetrics metrics;

  @Autowired
  DecreeReminderJob job;

  @BeforeEach
  void secondOfDecember2026() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, DecreeWatch.ZONE).toInstant()));
    metrics.refresh();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
    metrics.refresh();
  }

  @Test
  void healthWarnsOfTheMissingDecreeButStaysUp() {
    ResponseEntity<Map> response = rest.withBasicAuth("pengawas1", "rahasia").getForEntity("/actuator/health", Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> kalender = (Map<String, Object>) ((Map<String, Object>) response.getBody().get("components"))
        .get("kalender");
    assertThat(kalender).containsEntry("status", "UP");
    Map<String, Object> details = (Map<String, Object>) kalender.get("details");
    assertThat(details).containsEntry("tahunBelumDitetapkan", List.of(2027));
    assertThat((String) details.get("peringatan")).isEqualTo("Kalender hari libur 2027 belum ditetapkan "
        + "(SKB 3 Menteri); tenggat yang melewati tahun itu dihitung dengan kalender sementara.");
  }

  @Test
  void anonymousProbesSeeTheStatusOnly() {
    Map<String, Object> body = rest.getForEntity("/actuator/health", Map.class).getBody();
    assertThat(body).containsEntry("status", "UP").doesNotContainKey("components");
  }

  @Test
  void prometheusShowsWhichYearsAreProvisional() {
    String scrape = rest.withBasicAuth("admin", "rahasia").getForEntity("/actuator/prometheus", String.class).getBody();
    assertThat(scrape).containsPattern("asn_kalender_tahun_sementara\\{[^}]*tahun=\"2027\"[^}]*} 1\\.0")
        .containsPattern("asn_kalender_tahun_sementara\\{[^}]*tahun=\"2026\"[^}]*} 0\\.0");
  }

  @Test
  void theNightlyJobLogsTheWarning(CapturedOutput output) {
    job.run();
    assertThat(output.getOut()).containsPattern("WARN .*Kalender hari libur 2027 belum ditetapkan");
  }
}
