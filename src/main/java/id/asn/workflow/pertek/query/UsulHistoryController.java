package id.asn.workflow.pertek.query;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.pertek.UsulAccess;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of one usul: who did what to it and when, for whoever may see the usul. */
@RestController
class UsulHistoryController {

  private final UsulHistoryService history;

  UsulHistoryController(UsulHistoryService history) {
    this.history = history;
  }

  @GetMapping("/api/usul-ni/{id}/riwayat")
  UsulHistoryService.UsulHistory history(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
    return history.history(UsulAccess.of(user), id);
  }
}
