package id.asn.workflow.workforce;

import id.asn.workflow.identity.AuthenticatedUser;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workforce-needs plannings: an instansi operator starts the planning of a year (the process starts with
 * it) and follows it; BKN's analysts and administrators read every instansi's with {@code ?instansi=}.
 */
@RestController
@RequestMapping("/api/kebutuhan")
class PlanningController {

  private final PlanningService plannings;
  private final PlanningDataRepository data;

  PlanningController(PlanningService plannings, PlanningDataRepository data) {
    this.plannings = plannings;
    this.data = data;
  }

  @GetMapping
  List<PlanningView> list(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam(required = false) Integer tahun) {
    return plannings.list(PlanningAccess.of(user), tahun).stream().map(p -> PlanningView.of(p, data.counts(p.id()))).toList();
  }

  @PostMapping("/{tahun}")
  ResponseEntity<PlanningView> start(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @RequestParam(required = false) String instansi,
      @RequestBody(required = false) PlanningService.StartRequest request) {
    Planning planning = plannings.start(PlanningAccess.of(user), tahun, instansi, request);
    return ResponseEntity.created(URI.create("/api/kebutuhan/" + tahun + "?instansi=" + planning.instansi()))
        .body(PlanningView.of(planning, data.counts(planning.id())));
  }

  @GetMapping("/{tahun}")
  PlanningView read(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @RequestParam(required = false) String instansi) {
    Planning planning = plannings.read(PlanningAccess.of(user), tahun, instansi);
    return PlanningView.of(planning, data.counts(planning.id()));
  }

  record BudgetChange(String alasan) {}

  @PostMapping("/{tahun}/perubahan-anggaran")
  PlanningView changeBudget(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @RequestParam(required = false) String instansi, @RequestBody(required = false) BudgetChange change) {
    Planning planning = plannings.changeBudget(PlanningAccess.of(user), tahun, instansi,
        change == null ? null : change.alasan());
    return PlanningView.of(planning, data.counts(planning.id()));
  }

  @GetMapping("/{tahun}/riwayat")
  List<PlanningRepository.Event> history(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @RequestParam(required = false) String instansi) {
    return plannings.history(PlanningAccess.of(user), tahun, instansi);
  }
}
