package id.asn.workflow.rules;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.kernel.Refusal;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/aturan/riwayat}: who changed which decision table, when, from what to what. */
@RestController
class RuleHistoryController {

  private final RuleHistory history;

  RuleHistoryController(RuleHistory history) {
    this.history = history;
  }

  @GetMapping("/api/aturan/riwayat")
  List<RuleHistory.Version> history(@AuthenticationPrincipal AuthenticatedUser user,
      @RequestParam(defaultValue = "100") int size) {
    if (user == null || !(user.isMemberOf(Groups.PENGAWAS_KANREG) || user.isMemberOf(Groups.ADMIN))) {
      throw Refusal.forbidden("Riwayat perubahan aturan hanya untuk Pengawas Kantor Regional (pengawasKanreg) dan "
          + "administrator");
    }
    if (size < 1 || size > 1000) {
      throw Refusal.invalid("size", "antara 1 dan 1000");
    }
    return history.versions(size);
  }
}
