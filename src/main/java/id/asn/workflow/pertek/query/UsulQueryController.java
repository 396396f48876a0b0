package id.asn.workflow.pertek.query;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.kernel.Paging;
import id.asn.workflow.kernel.Paging.PageResult;
import id.asn.workflow.kernel.document.StoredDocument;
import id.asn.workflow.pertek.UsulAccess;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Following usul NI: the instansi its own, the Kanreg all of them. Tim Pemroses open the documents from
 * their Tasklist form through the document URL.
 */
@RestController
@RequestMapping("/api/usul-ni")
class UsulQueryController {

  static final String DOCUMENT_CONTENT_SECURITY_POLICY =
      "default-src 'none'; object-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private final UsulQueryService usul;

  UsulQueryController(UsulQueryService usul) {
    this.usul = usul;
  }

  @GetMapping
  PageResult<UsulSummary> list(@AuthenticationPrincipal AuthenticatedUser user,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return usul.list(UsulAccess.of(user), status, Paging.of(page, size));
  }

  @GetMapping("/{id}")
  UsulDetail detail(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
    return usul.detail(UsulAccess.of(user), id);
  }

  @GetMapping("/{id}/dokumen/{jenis}")
  ResponseEntity<byte[]> document(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id,
      @PathVariable String jenis) {
    UsulQueryService.DocumentContent document = usul.document(UsulAccess.of(user), id, jenis);
    StoredDocument metadata = document.metadata();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(metadata.mediaType()))
        .contentLength(document.content().length)
        // inline: a browser shows the PDF or photo in the Tasklist's new tab instead of saving it
        .header("Content-Disposition",
            ContentDisposition.inline().filename(metadata.namaFile(), StandardCharsets.UTF_8).build().toString())
        .eTag("\"" + metadata.sha256() + "\"")
        // a candidate's ijazah and photo: never kept in the cache of a shared office computer or a proxy
        .cacheControl(CacheControl.noStore().cachePrivate())
        // as strict as the rest of /api, except that the browser's own PDF viewer (an embedded object in Chrome)
        // may show the document
        .header("Content-Security-Policy", DOCUMENT_CONTENT_SECURITY_POLICY)
        .body(document.content());
  }
}
