package id.asn.workflow.workforce;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.kernel.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
 * What a planning yields, computed from its data when read: the job map (JSON, CSV, PDF), the needs
 * proposal with its five-year projection (JSON, CSV), the technical-consideration variables and, once
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
    return switch (format(format, "json", "csv", "pdf")) {
      case "csv" -> Downloads.csv(name + ".csv", PlanningExports.jobMapCsv(map));
      case "pdf" -> Downloads.pdf(name + ".pdf", PlanningExports.jobMapPdf(planning, map));
      default -> ResponseEntity.ok(map);
    };
  }

  @GetMapping("/usul")
  ResponseEntity<?> proposal(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @RequestParam(required = false) String instansi, @RequestParam(defaultValue = "json") String format) {
    Planning planning = plannings.read(PlanningAccess.of(user), tahun, instansi);
    NeedsProposal proposal = reports.proposal(planning);
    return switch (format(format, "json", "csv")) {
      case "csv" -> Downloads.csv("usul-kebutuhan-" + planning.id() + ".csv", PlanningExports.proposalCsv(proposal));
      default -> ResponseEntity.ok(new ProposalView(proposal, planning.lampiran(), proposal.shortfall().stream()
          .map(NeedsProposal.Item::kode).toList()));
    };
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

  private static String format(String requested, String... allowed) {
    String format = requested.strip().toLowerCase(Locale.ROOT);
    for (String option : allowed) {
      if (option.equals(format)) {
        return format;
      }
    }
    throw Refusal.invalid("format", "harus " + String.join(", ", allowed));
  }

  /** CSV and PDF downloads: named files, private to the user, never served stale from a cache. */
  static final class Downloads {

    /** Lets a spreadsheet open the CSV as UTF-8; the imports skip it. */
    static final String BOM = "\uFEFF";

    private Downloads() {}

    static ResponseEntity<byte[]> csv(String fileName, String csv) {
      return file(fileName, new MediaType("text", "csv", StandardCharsets.UTF_8),
          (BOM + csv).getBytes(StandardCharsets.UTF_8), false);
    }

    static ResponseEntity<byte[]> pdf(String fileName, byte[] pdf) {
      return file(fileName, MediaType.APPLICATION_PDF, pdf, true);
    }

    private static ResponseEntity<byte[]> file(String fileName, MediaType type, byte[] content, boolean inline) {
      ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
          .filename(fileName, StandardCharsets.UTF_8).build();
      return ResponseEntity.ok()
          .contentType(type)
          .contentLength(content.length)
          .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
          .cacheControl(CacheControl.noCache().cachePrivate())
          .body(content);
    }
  }
}
