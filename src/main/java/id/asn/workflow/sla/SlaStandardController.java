package id.asn.workflow.sla;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.kernel.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SLA standards as data: {@code GET /api/sla/standar} for the report's readers,
 * {@code PUT/DELETE /api/sla/standar/{proses}/{kegiatan}} for administrators. A change applies to tasks
 * completing from then on; passes already recorded keep the deadline they were measured against. A new
 * standard measures the task's passes already in the engine's history.
 */
@RestController
@RequestMapping("/api/sla/standar")
class SlaStandardController {

  private final SlaStandardRepository standards;
  private final SlaLedger ledger;
  private final Clock clock;

  SlaStandardController(SlaStandardRepository standards, SlaLedger ledger, Clock clock) {
    this.standards = standards;
    this.ledger = ledger;
    this.clock = clock;
  }

  @GetMapping
  List<SlaStandard> list(@AuthenticationPrincipal AuthenticatedUser user) {
    SlaAccess.requireReader(user);
    return standards.all();
  }

  @PutMapping("/{proses}/{kegiatan}")
  ResponseEntity<SlaStandard> save(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String proses,
      @PathVariable String kegiatan, @RequestBody StandardForm form) {
    SlaAccess.requireAdministrator(user);
    SlaStandard standard;
    try {
      standard = new SlaStandard(proses, kegiatan, form.nama(), form.standarDetik(), form.standarHariKerja(),
          form.targetPersen() == null ? 90 : form.targetPersen());
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid("standar", e.getMessage());
    }
    boolean created = standards.save(standard, user.id(), Instant.now(clock));
    if (created) {
      // a new standard for a task with history: measure the passes already in the engine's history
      ledger.catchUpFromHistory(standard);
    }
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(standard);
  }

  @DeleteMapping("/{proses}/{kegiatan}")
  @Transactional
  ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String proses,
      @PathVariable String kegiatan) {
    SlaAccess.requireAdministrator(user);
    if (!standards.delete(proses, kegiatan)) {
      throw Refusal.notFound("Tidak ada standar SLA untuk " + proses + "/" + kegiatan);
    }
    return ResponseEntity.noContent().build();
  }

  /** The body of a PUT; the task is named by the path. */
  record StandardForm(String nama, Integer standarDetik, Integer standarHariKerja, Integer targetPersen) {}
}
