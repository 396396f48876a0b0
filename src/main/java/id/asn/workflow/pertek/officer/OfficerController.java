package id.asn.workflow.pertek.officer;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.kernel.Refusal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators record who may act at the Kanreg: Tim Pemroses members' positions and the signers' decrees of the
 * Kepala BKN; the Kanreg's staff read them.
 */
@RestController
@RequestMapping("/api/admin")
class OfficerController {

  private final OfficerService officers;

  OfficerController(OfficerService officers) {
    this.officers = officers;
  }

  @GetMapping("/tim-pemroses")
  List<TimPemrosesMember> members(@AuthenticationPrincipal AuthenticatedUser user) {
    requireKanreg(user);
    return officers.members();
  }

  @PutMapping("/tim-pemroses/{userId}")
  TimPemrosesMember recordMember(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String userId,
      @RequestBody OfficerService.MemberForm form) {
    requireAdministrator(user);
    return officers.recordMember(userId, form, user.id());
  }

  @GetMapping("/penandatangan")
  List<SignerDecree> decrees(@AuthenticationPrincipal AuthenticatedUser user) {
    requireKanreg(user);
    return officers.decrees();
  }

  @PostMapping("/penandatangan/{userId}/keputusan")
  ResponseEntity<SignerDecree> recordDecree(@AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String userId, @RequestBody OfficerService.DecreeForm form) {
    requireAdministrator(user);
    return ResponseEntity.status(HttpStatus.CREATED).body(officers.recordDecree(userId, form, user.id()));
  }

  private static void requireAdministrator(AuthenticatedUser user) {
    if (user == null || !user.isMemberOf(Groups.ADMIN)) {
      throw Refusal.forbidden("Petugas Kantor Regional hanya dapat dicatat oleh administrator (camunda-admin)");
    }
  }

  private static void requireKanreg(AuthenticatedUser user) {
    if (user == null || Groups.KANREG.stream().noneMatch(user::isMemberOf)) {
      throw Refusal.forbidden("Daftar petugas hanya untuk pegawai Kantor Regional");
    }
  }
}
