package id.asn.workflow.workforce;

import id.asn.workflow.identity.AuthenticatedUser;
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
 * {@code file}. GET gives the stored data back in the same format, to correct and import again.
 */
@RestController
@RequestMapping("/api/kebutuhan/{tahun}/{jenis:unit-organisasi|jabatan|beban-kerja|pegawai}")
class PlanningImportController {

  private final ImportService imports;

  PlanningImportController(ImportService imports) {
    this.imports = imports;
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

  @GetMapping
  ResponseEntity<byte[]> export(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable int tahun,
      @PathVariable String jenis, @RequestParam(required = false) String instansi) {
    String csv = imports.export(PlanningAccess.of(user), tahun, instansi, kind(jenis));
    return PlanningReportController.Downloads.csv(jenis + "-" + tahun + ".csv", csv);
  }

  private static ImportKind kind(String jenis) {
    return ImportKind.ofPath(jenis).orElseThrow();
  }
}
