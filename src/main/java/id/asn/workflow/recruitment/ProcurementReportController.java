package id.asn.workflow.recruitment;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.kernel.document.DocumentStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The procurement report to the Kepala BKN (X.A): as sent once laporkanPengadaan is done, else today's draft. */
@RestController
class ProcurementReportController {

  private final SeleksiService service;
  private final SeleksiRepository periods;
  private final ProcurementReport report;
  private final DocumentStore store;

  ProcurementReportController(SeleksiService service, SeleksiRepository periods, ProcurementReport report,
      DocumentStore store) {
    this.service = service;
    this.periods = periods;
    this.report = report;
    this.store = store;
  }

  @GetMapping(path = "/api/seleksi/{periode}/laporan-pengadaan.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> report(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String periode) {
    Periode p = service.readable(SeleksiAccess.of(user), periode);
    byte[] pdf = periods.procurementReport(p.id()).map(store::get).orElseGet(() -> report.pdf(p, null, null));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"laporan-pengadaan-" + p.id() + ".pdf\"").body(pdf);
  }
}
