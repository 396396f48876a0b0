package id.asn.workflow.sla;

import id.asn.workflow.identity.AuthenticatedUser;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sla}: the report as a page with charts for the Kanreg supervisors. The page is static; it reads
 * {@code /api/sla} with the same login (HTTP Basic or the Camunda webapp session). Kept outside
 * {@code static/} so that it is served only through this secured mapping.
 */
@Controller
class SlaPageController {

  private static final Resource PAGE = new ClassPathResource("sla/laporan.html");

  @GetMapping({"/sla", "/sla/"})
  ResponseEntity<Resource> page(@AuthenticationPrincipal AuthenticatedUser user) {
    SlaAccess.requireReader(user);
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        .body(PAGE);
  }
}
