package id.asn.workflow.signature;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /verifikasi/{kode}}: the page a Pertek's QR code opens, public (outside /api, so no login). An
 * unknown code gets a 404 page that says the document is doubtful.
 */
@Controller
class VerificationPageController {

  private final PertekDocumentService pertek;

  VerificationPageController(PertekDocumentService pertek) {
    this.pertek = pertek;
  }

  @GetMapping(path = "/verifikasi/{kode}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@PathVariable String kode) {
    return pertek.publicFacts(kode)
        .map(facts -> page(HttpStatus.OK, VerificationPage.found(facts)))
        .orElseGet(() -> page(HttpStatus.NOT_FOUND, VerificationPage.notFound()));
  }

  private static ResponseEntity<String> page(HttpStatus status, String html) {
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache())
        // the code in the address is the key to the page: never pass it on to another site
        .header("Referrer-Policy", "no-referrer")
        .header("X-Robots-Tag", "noindex")
        .body(html);
  }
}
