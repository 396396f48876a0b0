package id.asn.workflow.sla;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.tabular.ExportFormat;
import id.asn.workflow.web.TableDownloads;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/sla}: the SLA report as JSON, CSV ({@code csv}, {@code csv-id}) or XLSX, for the Kanreg supervisors and administrators. */
@RestController
class SlaReportController {

  private final SlaReportService reports;
  private final Clock clock;

  SlaReportController(SlaReportService reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @GetMapping("/api/sla")
  ResponseEntity<?> report(@AuthenticationPrincipal AuthenticatedUser user,
      @RequestParam(required = false) LocalDate dari,
      @RequestParam(required = false) LocalDate sampai,
      @RequestParam(required = false) String kegiatan,
      @RequestParam(required = false) String petugas,
      @RequestParam(required = false) String instansi,
      @RequestParam(required = false) String format,
      @RequestParam(defaultValue = "" + SlaReportService.DEFAULT_BREACH_LIMIT) int batasPelanggaran) {
    SlaAccess.requireReader(user);
    LocalDate end = sampai != null ? sampai : LocalDate.now(clock.withZone(SlaZone.JAKARTA));
    LocalDate start = dari != null ? dari : end.minusDays(29);
    SlaQuery query;
    try {
      query = new SlaQuery(start, end, kegiatan, petugas, instansi);
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid(dari == null ? "sampai" : "dari", e.getMessage());
    }
    if (batasPelanggaran < 0 || batasPelanggaran > 5000) {
      throw Refusal.invalid("batasPelanggaran", "harus antara 0 dan 5000");
    }
    String chosen = ExportFormat.choose(format, "json", "json");
    SlaReport report = reports.report(query, clock.instant(), batasPelanggaran);
    if (chosen.equals("json")) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }
    return TableDownloads.of("sla-" + query.dari() + "-" + query.sampai(), ExportFormat.of(chosen).orElseThrow(),
        SlaTable.of(report));
  }
}
