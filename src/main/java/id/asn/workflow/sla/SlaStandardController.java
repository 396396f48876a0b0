package id.asn.workflow.sla;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.kernel.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SLA standards as data: {@code GET /api/sla/standar} and its change history {@code GET .../riwayat} for the
 * report's readers, {@code PUT/DELETE /api/sla/standar/{proses}/{kegiatan}} for administrators. A change applies to
 * tasks completing from then on; passes already recorded keep the deadline they were measured against. A new
 * standard measures the task's passes already in the engine's history; a POS standard also moves the open tasks.
 */
@RestController
@RequestMapping("/api/sla/standar")
class SlaStandardController {

  private final SlaStandardRepository standards;
  private final SlaStandardService service;
  private final Clock clock;

  SlaStandardController(SlaStandardRepository standards, SlaStandardService service, Clock clock) {
    this.standards = standards;
    this.service = service;
    this.clock = clock;
  }

  @GetMapping
  List<SlaStandard> list(@AuthenticationPrincipal AuthenticatedUser user) {
    SlaAccess.requireReader(user);
    return standards.all();
  }

  /** Who changed which standard, when, from what to what; newest first. */
  @GetMapping("/riwayat")
  List<SlaStandardService.Change> history(@AuthenticationPrincipal AuthenticatedUser user,
      @RequestParam(defaultValue = "100") int size) {
    SlaAccess.requireReader(user);
    if (size < 1 || size > 1000) {
      throw Refusal.invalid("size", "antara 1 dan 1000");
    }
    return service.history(size);
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
    boolean created = service.save(standard, user.id(), Instant.now(clock));
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(standard);
  }

  @DeleteMapping("/{proses}/{kegiatan}")
  ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String proses,
      @PathVariable String kegiatan) {
    SlaAccess.requireAdministrator(user);
    service.delete(proses, kegiatan, user.id(), Instant.now(clock));
    return ResponseEntity.noContent().build();
  }

  /** The body of a PUT; the task is named by the path. */
  record StandardForm(String nama, Integer standarDetik, Integer standarHariKerja, Integer targetPersen) {}
}
