package id.asn.workflow.pertek.intake;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.pertek.UsulAccess;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Instansi operators send a usul NI and, after a BTS, its correction (multipart, data as JSON plus documents), or
 * withdraw a PNS usul they will not correct.
 */
@RestController
@RequestMapping("/api/usul-ni")
class UsulIntakeController {

  private final UsulUploadReader reader;
  private final UsulIntakeService intake;
  private final UsulWithdrawalService withdrawal;

  UsulIntakeController(UsulUploadReader reader, UsulIntakeService intake, UsulWithdrawalService withdrawal) {
    this.reader = reader;
    this.intake = intake;
    this.withdrawal = withdrawal;
  }

  record UsulState(String id, UsulStatus status) {}

  /** Why the instansi withdraws a PNS usul waiting for its correction. */
  record Penarikan(String alasan) {}

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<UsulState> submit(@AuthenticationPrincipal AuthenticatedUser user, HttpServletRequest request) {
    UsulNi usul = intake.submit(UsulAccess.of(user), reader.read(request));
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(usul.id()).toUri();
    return ResponseEntity.created(location).body(new UsulState(usul.id(), usul.status()));
  }

  @PostMapping(path = "/{id}/perbaikan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  UsulState correct(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
      HttpServletRequest request) {
    UsulNi usul = intake.correct(UsulAccess.of(user), id, reader.read(request));
    return new UsulState(usul.id(), usul.status());
  }

  @PostMapping(path = "/{id}/penarikan", consumes = MediaType.APPLICATION_JSON_VALUE)
  UsulState withdraw(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
      @RequestBody(required = false) Penarikan penarikan) {
    UsulNi usul = withdrawal.withdraw(UsulAccess.of(user), id, penarikan == null ? null : penarikan.alasan());
    return new UsulState(usul.id(), usul.status());
  }
}
