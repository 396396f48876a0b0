package id.asn.workflow.workforce;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.tabular.ExportFormat;
import id.asn.workflow.web.TableDownloads;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a planning yields, computed from its data when read: the job map (JSON, CSV, XLSX, PDF), the needs
 * proposal with its five-year projection (JSON, CSV, XLSX), the technical-consideration variables and, once
 * issued, the Pertimbangan Teknis document (PDF).
 */
@RestController
@RequestMapping("/api/kebutuhan/{tahun}")
class PlanningReportController {

  private final PlanningService plannings;
  private final PlanningReports reports;
  private final PlanningDataRepository data;

  PlanningReportController(PlanningService plannings, PlanningReports reports, PlanningDataRepository data) {
    this.plannings = plannings;
    this.reports = reports;
    this.data = data;
  }

  @GetMapping("/peta-jabatan")
  ResponseEntity<?> jobMap(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @RequestParam(required = false) String instansi, @RequestParam(defaultValue = "json") String format) {
    Planning planning = plannings.read(PlanningAccess.of(user), tahun, instansi);
    JobMap map = reports.jobMap(planning);
    String name = "peta-jabatan-" + planning.id();
    String chosen = ExportFormat.choose(format, "json", "json", "pdf");
    return switch (chosen) {
      case "json" -> ResponseEntity.ok(map);
      case "pdf" -> Downloads.pdf(name + ".pdf", PlanningExports.jobMapPdf(planning, map));
      default -> TableDownloads.of(name, ExportFormat.of(chosen).orElseThrow(), PlanningExports.jobMapTable(map));
    };
  }

  @GetMapping("/usul")
  ResponseEntity<?> proposal(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @RequestParam(required = false) String instansi, @RequestParam(defaultValue = "json") String format) {
    Planning planning = plannings.read(PlanningAccess.of(user), tahun, instansi);
    NeedsProposal proposal = reports.proposal(planning);
    String chosen = ExportFormat.choose(format, "json", "json");
    if (chosen.equals("json")) {
      return ResponseEntity.ok(new ProposalView(proposal, planning.lampiran(), proposal.shortfall().stream()
          .map(NeedsProposal.Item::kode).toList()));
    }
    return TableDownloads.of("usul-kebutuhan-" + planning.id(), ExportFormat.of(chosen).orElseThrow(),
        PlanningExports.proposalTable(proposal));
  }

  record ProposalView(NeedsProposal usul, Attachments lampiran, java.util.List<String> prioritas) {}

  record ConsiderationView(TechnicalConsideration variabel, Map<String, Integer> penetapan, String laporanAnalisis,
      String catatanPertimbangan, String nomor, java.time.LocalDate tanggal) {}

  @GetMapping("/pertimbangan-teknis")
  ConsiderationView consideration(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @RequestParam(required = false) String instansi) {
    Planning planning = plannings.read(PlanningAccess.of(user), tahun, instansi);
    NeedsProposal proposal = reports.proposal(planning);
    return new ConsiderationView(reports.consideration(planning, proposal), data.determined(planning.id()),
        planning.laporanAnalisis(), planning.catatanPertimbangan(), planning.nomorPertimbangan(),
        planning.tanggalPertimbangan());
  }

  @GetMapping("/pertimbangan-teknis.pdf")
  ResponseEntity<byte[]> considerationPdf(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @RequestParam(required = false) String instansi) {
    Planning planning = plannings.read(PlanningAccess.of(user), tahun, instansi);
    if (planning.nomorPertimbangan() == null) {
      throw Refusal.conflict("Pertimbangan teknis " + planning.id() + " belum terbit (tahap: " + planning.status().label()
          + ")");
    }
    NeedsProposal proposal = reports.proposal(planning);
    return Downloads.pdf("pertimbangan-teknis-" + planning.id() + ".pdf", PlanningExports.considerationPdf(planning,
        proposal, reports.consideration(planning, proposal), data.determined(planning.id())));
  }

  /** PDF downloads, shown inline: named files, private to the user, never served stale from a cache. */
  static final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> pdf(String fileName, byte[] pdf) {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_PDF)
          .contentLength(pdf.length)
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
              .filename(fileName, StandardCharsets.UTF_8).build().toString())
          .cacheControl(CacheControl.noCache().cachePrivate())
          .body(pdf);
    }
  }
}
