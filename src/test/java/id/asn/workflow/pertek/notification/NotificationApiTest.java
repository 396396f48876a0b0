package id.asn.workflow.pertek.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.pertek.UsulApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class NotificationApiTest extends UsulApiTestSupport {

  @Autowired
  NotificationService notifications;

  @Test
  void theInstansiReadsWhatItWasToldNewestFirstWithTheUsulItConcerns() {
    String id = submittedByBatang();
    notifications.notify(id, NotificationService.BTS, "Usul perlu diperbaiki", "Ijazah belum dilegalisir");
    notifications.notify(id, NotificationService.TENGGAT, "Batas perbaikan", "Perbaikan paling lambat 25 hari kerja");

    ResponseEntity<JsonNode> page = get(BATANG, "/api/notifikasi?size=2");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(itemValues(page, "jenis")).containsExactly("TENGGAT", "BTS");
    assertThat(itemValues(page, "usulId")).containsOnly(id);
    assertThat(itemValues(page, "nama")).containsOnly("Siti Aminah");
    assertThat(itemValues(page, "pesan")).contains("Ijazah belum dilegalisir");
    assertThat(page.getBody().get("total").asLong()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void anotherInstansiDoesNotSeeThemButTheKanregDoes() {
    String id = submittedByBatang();
    notifications.notify(id, NotificationService.TMS, "Usul ditolak", "Pendidikan tidak sesuai formasi");

    assertThat(itemValues(get(PEKALONGAN, "/api/notifikasi?size=100"), "usulId")).doesNotContain(id);
    assertThat(itemValues(get("pengawas1", "/api/notifikasi?size=100"), "usulId")).contains(id);
  }

  @Test
  void aLongMessageIsCutRatherThanLost() {
    String id = submittedByBatang();

    notifications.notify(id, NotificationService.TMS, "Usul ditolak", "x".repeat(5000));

    JsonNode latest = get(BATANG, "/api/notifikasi?size=1").getBody().get("items").get(0);
    assertThat(latest.get("pesan").asText()).hasSize(4000).endsWith("…");
  }

  @Test
  void aNotificationAboutAnUnknownUsulIsAnError() {
    assertThatThrownBy(() -> notifications.notify("tidak-ada", NotificationService.BTS, "judul", "pesan"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void othersReadNoNotifications() {
    assertThat(get("panitia1", "/api/notifikasi").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
