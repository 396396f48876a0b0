package id.asn.workflow.pertek.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.pertek.CollectiveProposal;
import id.asn.workflow.pertek.CollectiveProposalRepository;
import id.asn.workflow.pertek.UsulAccess;
import id.asn.workflow.web.MultipartParts;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Collective proposals (Lampiran I VI.A.4.a, II VI.4.a): an instansi sends the covering letter and the nominative
 * list ({@code POST}), then each listed candidate as a usul whose data names the proposal ({@code usulKolektif});
 * the instansi and the Kanreg read the letter and the list.
 */
@RestController
@RequestMapping("/api/usul-ni-kolektif")
class CollectiveProposalController {

  private final CollectiveProposalService service;
  private final CollectiveProposalRepository repository;
  private final ObjectMapper mapper;

  CollectiveProposalController(CollectiveProposalService service, CollectiveProposalRepository repository,
      ObjectMapper mapper) {
    this.service = service;
    this.repository = repository;
    this.mapper = mapper;
  }

  /** What the instansi and the Kanreg read of a proposal: its letter, list, and the usul each candidate became. */
  record Summary(CollectiveProposal proposal, Map<String, String> usul) {}

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Summary> create(@AuthenticationPrincipal AuthenticatedUser user, HttpServletRequest request) {
    CollectiveProposal proposal = service.create(UsulAccess.of(user),
        MultipartParts.json(request, "pengantar", mapper, CollectiveProposalForm.class, "data surat pengantar"),
        MultipartParts.bytes(request, CollectiveProposalService.SURAT),
        MultipartParts.bytes(request, CollectiveProposalService.DAFTAR));
    return ResponseEntity.created(URI.create("/api/usul-ni-kolektif/" + proposal.id()))
        .body(new Summary(proposal, Map.of()));
  }

  @GetMapping("/{id}")
  Summary detail(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
    CollectiveProposal proposal = visible(user, id);
    return new Summary(proposal, repository.usulOf(id));
  }

  @GetMapping("/{id}/surat-pengantar.pdf")
  ResponseEntity<byte[]> letter(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .body(service.file(visible(user, id).sha256Surat()));
  }

  @GetMapping("/{id}/daftar-nominatif.csv")
  ResponseEntity<byte[]> list(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(service.file(visible(user, id).sha256Daftar()));
  }

  private CollectiveProposal visible(AuthenticatedUser user, String id) {
    UsulAccess access = UsulAccess.of(user);
    return repository.find(id).filter(p -> access.readsAll() || access.instansi().contains(p.instansi()))
        .orElseThrow(() -> Refusal.notFound("Usul kolektif " + id + " tidak ditemukan"));
  }
}
