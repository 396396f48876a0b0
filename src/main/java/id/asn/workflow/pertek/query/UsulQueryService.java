package id.asn.workflow.pertek.query;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.Paging;
import id.asn.workflow.kernel.Paging.PageResult;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.kernel.document.DocumentStore;
import id.asn.workflow.kernel.document.StoredDocument;
import id.asn.workflow.pertek.PertekLookup;
import id.asn.workflow.pertek.UsulAccess;
import id.asn.workflow.pertek.UsulDocumentRepository;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.pertek.UsulStatus;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading usul NI and their documents, each user within what {@link UsulAccess} lets them see. */
@Service
@Transactional(readOnly = true)
public class UsulQueryService {

  private final UsulRepository usulRepository;
  private final UsulDocumentRepository documentRepository;
  private final DocumentStore documentStore;
  private final ObjectProvider<PertekLookup> pertekLookup;

  UsulQueryService(UsulRepository usulRepository, UsulDocumentRepository documentRepository,
      DocumentStore documentStore, ObjectProvider<PertekLookup> pertekLookup) {
    this.usulRepository = usulRepository;
    this.documentRepository = documentRepository;
    this.documentStore = documentStore;
    this.pertekLookup = pertekLookup;
  }

  PageResult<UsulSummary> list(UsulAccess access, String status, Paging paging) {
    access.requireReader();
    UsulRepository.Filter filter = new UsulRepository.Filter(access.visibleInstansi(), parseStatus(status));
    List<UsulSummary> items = usulRepository.findPage(filter, paging.page(), paging.size()).stream()
        .map(UsulSummary::of).toList();
    return paging.result(items, usulRepository.count(filter));
  }

  UsulDetail detail(UsulAccess access, String id) {
    UsulNi usul = visibleUsul(access, id);
    PertekLookup lookup = pertekLookup.getIfAvailable();
    PertekLookup.PertekRef pertek = lookup == null ? null : lookup.findByUsulId(id).orElse(null);
    return UsulDetail.of(usul, pertek, usulRepository.correctionDeadline(id).orElse(null),
        documentRepository.current(id));
  }

  /** The current document of a type with its bytes. */
  DocumentContent document(UsulAccess access, String id, String jenis) {
    UsulNi usul = visibleUsul(access, id);
    DocumentType type = DocumentType.parse(jenis)
        .orElseThrow(() -> Refusal.notFound("Jenis dokumen " + jenis + " tidak dikenal"));
    StoredDocument stored = documentRepository.current(usul.id(), type)
        .orElseThrow(() -> Refusal.notFound("Usul " + id + " tidak memiliki dokumen " + type.name()));
    return new DocumentContent(stored, documentStore.get(stored.sha256()));
  }

  record DocumentContent(StoredDocument metadata, byte[] content) {}

  /** The usul if this user may read it; otherwise refused as not found (an usul of another instansi is not shown). */
  public UsulNi visibleUsul(UsulAccess access, String id) {
    access.requireReader();
    return usulRepository.findById(id).filter(access::sees).orElseThrow(() -> notFound(id));
  }

  public static Refusal notFound(String id) {
    return Refusal.notFound("Usul NI " + id + " tidak ditemukan");
  }

  private static UsulStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return UsulStatus.valueOf(status.strip());
    } catch (IllegalArgumentException e) {
      throw Refusal.invalid(List.of(new FieldProblem("status", "harus salah satu dari "
          + Arrays.stream(UsulStatus.values()).map(Enum::name).collect(Collectors.joining(", ")))));
    }
  }
}
