package id.asn.workflow.signature;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.pertek.UsulAccess;
import id.asn.workflow.pertek.query.UsulQueryService;
import id.asn.workflow.signature.PertekDocumentService.PertekFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Pertek files and their verification. The signed Pertek is read like its usul (the instansi its own,
 * the Kanreg all); the draft only by the Kanreg; anyone may have a PDF checked.
 */
@RestController
@RequestMapping("/api/pertek")
class PertekController {

  private final PertekDocumentService pertek;
  private final UsulQueryService usul;

  PertekController(PertekDocumentService pertek, UsulQueryService usul) {
    this.pertek = pertek;
    this.usul = usul;
  }

  @GetMapping("/{usulId}.pdf")
  ResponseEntity<byte[]> signed(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String usulId) {
    requireVisible(UsulAccess.of(user), usulId);
    return pdf(pertek.signedFile(usulId)
        .orElseThrow(() -> Refusal.notFound("Pertek usul " + usulId + " belum terbit")), "Pertek");
  }

  @GetMapping("/{usulId}/konsep.pdf")
  ResponseEntity<byte[]> draft(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String usulId) {
    UsulAccess access = UsulAccess.of(user);
    requireVisible(access, usulId);
    if (!access.readsAll()) {
      throw Refusal.forbidden("Konsep Pertek hanya dapat dibuka oleh pegawai Kantor Regional; unduh Pertek yang "
          + "sudah terbit di /api/pertek/" + usulId + ".pdf");
    }
    return pdf(pertek.draftFile(usulId)
        .orElseThrow(() -> Refusal.notFound("Usul " + usulId + " belum memiliki konsep Pertek")), "Konsep-Pertek");
  }

  @PostMapping(path = "/verifikasi", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  VerificationResult verify(@RequestParam("file") MultipartFile file) {
    if (file.isEmpty()) {
      throw Refusal.invalid("file", "berkas kosong; unggah PDF Pertek yang akan diperiksa");
    }
    try {
      return pertek.verify(file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void requireVisible(UsulAccess access, String usulId) {
    usul.visibleUsul(access, usulId);
  }

  private static ResponseEntity<byte[]> pdf(PertekFile file, String prefix) {
    String name = prefix + "-" + file.nomor().replaceAll("[^A-Za-z0-9.]+", "-") + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .contentLength(file.content().length)
        .header("Content-Disposition", ContentDisposition.inline().filename(name).build().toString())
        .eTag("\"" + file.sha256() + "\"")
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(file.content());
  }
}
