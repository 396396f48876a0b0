package id.asn.workflow.sla;

import id.asn.workflow.identity.Groups;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The breach feed the Kanreg supervisors watch. */
@RestController
class SlaBreachController {

  private final SlaBreachService breaches;

  SlaBreachController(SlaBreachService breaches) {
    this.breaches = breaches;
  }

  @GetMapping("/api/sla/pelanggaran")
  @PreAuthorize("hasAnyAuthority('" + Groups.PENGAWAS_KANREG + "', '" + Groups.ADMIN + "')")
  List<SlaBreach> recent(@RequestParam(defaultValue = "100") int batas) {
    return breaches.recent(Math.max(1, Math.min(batas, 1000)));
  }
}
