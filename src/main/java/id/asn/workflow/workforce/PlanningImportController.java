package id.asn.workflow.workforce;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.tabular.ExportFormat;
import id.asn.workflow.web.ImportJobs;
import id.asn.workflow.web.TableDownloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The CSV imports of a planning (UTF-8, comma, header row): the body as text/csv, or a multipart part
 * {@code file}. GET gives the stored data back in the same columns, to correct and import again (as CSV; also
 * {@code csv-id} and XLSX to read in a spreadsheet).
 */
@RestController
@RequestMapping("/api/kebutuhan/{tahun}/{jenis:unit-organisasi|jabatan|beban-kerja|pegawai}")
class PlanningImportController {

  private final ImportService imports;
  private final ImportJobs jobs;

  PlanningImportController(ImportService imports, ImportJobs jobs) {
    this.imports = imports;
    this.jobs = jobs;
  }

  @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  ImportService.Outcome importBody(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @PathVariable String jenis, @RequestParam(required = false) String instansi, @RequestBody byte[] body) {
    return imports.importCsv(PlanningAccess.of(user), tahun, instansi, kind(jenis), body);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportService.Outcome importFile(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @PathVariable String jenis, @RequestParam(required = false) String instansi, @RequestPart("file") MultipartFile file) {
    try {
      return imports.importCsv(PlanningAccess.of(user), tahun, instansi, kind(jenis), file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The upload page's import: answered at once (202), run in the background, its state at /api/impor/{id}. */
  @PostMapping(path = "/latar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportJobs.Job> importInBackground(@AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable int tahun, @PathVariable String jenis, @RequestParam(required = false) String instansi,
      @RequestPart("file") MultipartFile file) throws IOException {
    byte[] body = file.getBytes();
    ImportKind kind = kind(jenis);
    return jobs.submit(user.id(), kind.label(), () -> imports.importCsv(PlanningAccess.of(user), tahun, instansi, kind,
        body));
  }

  /** The stored data: {@code format=csv} (default; the format the import reads), {@code csv-id} or {@code xlsx}. */
  @GetMapping
  ResponseEntity<byte[]> export(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @PathVariable String jenis, @RequestParam(required = false) String instansi,
      @RequestParam(required = false) String format) {
    ExportFormat chosen = ExportFormat.of(ExportFormat.choose(format, "csv")).orElseThrow();
    return TableDownloads.of(jenis + "-" + tahun, chosen,
        imports.export(PlanningAccess.of(user), tahun, instansi, kind(jenis)));
  }

  private static ImportKind kind(String jenis) {
    return ImportKind.ofPath(jenis).orElseThrow();
  }
}
