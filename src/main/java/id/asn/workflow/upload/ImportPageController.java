package id.asn.workflow.upload;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.identity.WebSessionUsers;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.web.ImportJobs;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The upload page every CSV import links to ({@code /impor?ke=/api/seleksi/{periode}/pelamar}), the state of an
 * import it sent, and the session's token the page sends with its upload.
 */
@RestController
class ImportPageController {

  private static final Resource PAGE = new ClassPathResource("impor/unggah.html");

  private final ImportJobs jobs;
  private final WebSessionUsers sessions;

  ImportPageController(ImportJobs jobs, WebSessionUsers sessions) {
    this.jobs = jobs;
    this.sessions = sessions;
  }

  @GetMapping({"/impor", "/impor/"})
  ResponseEntity<Resource> page() {
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache()).body(PAGE);
  }

  /** Empty for a browser signed in by HTTP Basic, which sends its credentials with the upload itself. */
  @GetMapping("/api/impor/token")
  Map<String, String> token(HttpServletRequest request) {
    return Map.of("token", sessions.writeToken(request).orElse(""));
  }

  @GetMapping("/api/impor/{id}")
  ImportJobs.Job job(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
    return jobs.of(user.id(), id).orElseThrow(() -> Refusal.notFound("Impor " + id + " tidak dikenal: hanya pengirimnya"
        + " yang melihatnya, dan hasilnya disimpan satu hari sejak selesai"));
  }
}
