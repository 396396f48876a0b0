package id.asn.workflow.pertek.intake;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.kernel.document.DocumentRules;
import id.asn.workflow.kernel.document.DocumentStore;
import id.asn.workflow.kernel.document.StoredDocument;
import id.asn.workflow.kernel.document.UploadedDocument;
import id.asn.workflow.pertek.UsulAccess;
import id.asn.workflow.pertek.UsulDocumentRepository;
import id.asn.workflow.pertek.UsulEventRepository;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.CollectiveProposal;
import id.asn.workflow.pertek.SelectionReference;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.pertek.UsulSelectionRepository;
import id.asn.workflow.pertek.UsulStatus;
import id.asn.workflow.pertek.UsulWorkflow;
import id.asn.workflow.pertek.query.UsulQueryService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instansi's side of a usul NI: submitting it and sending a correction. Everything is checked before
 * anything is stored; the rows and the call to the process then commit together or not at all (the
 * engine shares the Spring transaction), so a refused or failed request leaves no half usul behind.
 */
@Service
public class UsulIntakeService {

  /** The easternmost Indonesian zone: a birth date of "today" anywhere in Indonesia is never in the future. */
  private static final ZoneId LATEST_INDONESIAN_ZONE = ZoneId.of("Asia/Jayapura");

  private final UsulRepository usulRepository;
  private final UsulDocumentRepository documentRepository;
  private final DocumentStore documentStore;
  private final UsulWorkflow workflow;
  private final UsulEventRepository events;
  private final UsulSelectionRepository selections;
  private final CollectiveProposalService collectives;
  private final Clock clock;

  UsulIntakeService(UsulRepository usulRepository, UsulDocumentRepository documentRepository,
      DocumentStore documentStore, UsulWorkflow workflow, UsulEventRepository events,
      UsulSelectionRepository selections, CollectiveProposalService collectives, Clock clock) {
    this.usulRepository = usulRepository;
    this.documentRepository = documentRepository;
    this.documentStore = documentStore;
    this.workflow = workflow;
    this.events = events;
    this.selections = selections;
    this.collectives = collectives;
    this.clock = clock;
  }

  @Transactional
  public UsulNi submit(UsulAccess access, UsulUpload upload) {
    String instansi = access.submittingInstansi();
    List<FieldProblem> problems = new ArrayList<>(upload.problems());
    CandidateData data = null;
    JenisAsn jenisAsn = null;
    if (upload.form() == null) {
      if (problems.stream().noneMatch(p -> p.field().equals(UsulUploadReader.DATA_PART))) {
        problems.add(new FieldProblem(UsulUploadReader.DATA_PART, "wajib dikirim: data calon dalam JSON"));
      }
    } else {
      UsulFormValidator.Result result = UsulFormValidator.validate(upload.form(), today());
      addNew(problems, result.problems());
      data = result.data().orElse(null);
      jenisAsn = parseJenisAsn(upload.form().jenisAsn());
    }
    addNew(problems, DocumentRules.check(upload.documents(), Set.of(), jenisAsn));
    CollectiveProposal collective = upload.usulKolektif() == null || data == null ? null
        : collectives.requireListing(upload.usulKolektif(), instansi, data.nomorPeserta(), problems);
    if (collective != null && collective.jenisAsn() != jenisAsn) {
      problems.add(new FieldProblem("usulKolektif", "usul kolektif " + collective.nomorSurat() + " untuk "
          + collective.jenisAsn() + ", bukan " + jenisAsn));
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }

    refuseIfUnfinished(data.nomorPeserta(), instansi);
    Instant now = Instant.now(clock);
    UsulNi usul = data.toNewUsul(UUID.randomUUID().toString(), instansi, now);
    try {
      usulRepository.insert(usul);
    } catch (DuplicateKeyException e) {
      // another submission for the participant committed between the check above and this insert
      throw unfinishedConflict(data.nomorPeserta());
    }
    storeDocuments(usul.id(), upload.documents(), now);
    if (upload.seleksi() != null) {
      selections.save(usul.id(), upload.seleksi());
    }
    if (collective != null) {
      collectives.attach(collective, data.nomorPeserta(), usul.id());
    }
    events.record(usul.id(), UsulEventRepository.DIKIRIM, "Usul dikirim dengan dokumen " + names(upload.documents().keySet()),
        access.userId());
    workflow.submitted(usul.id());
    return usul;
  }

  /**
   * A submission on behalf of an instansi without a signed-in operator: only the demo simulator uses it, so that
   * simulated usul pass the same checks, tables and process start as real ones.
   */
  @Transactional
  public UsulNi submitSimulated(String instansi, UsulForm form, Map<DocumentType, UploadedDocument> documents) {
    return submitOnBehalf(instansi, "simulator", form, documents, null, null);
  }

  /**
   * A submission by one of the application's own processes for an instansi (the NIP proposal of pengangkatanCpns):
   * the same checks, tables and process start as {@code POST /api/usul-ni}; {@code by} is recorded as the sender,
   * {@code usulKolektif} (or null) is the collective proposal that lists the candidate.
   */
  @Transactional
  public UsulNi submitOnBehalf(String instansi, String by, UsulForm form, Map<DocumentType, UploadedDocument> documents,
      SelectionReference seleksi, String usulKolektif) {
    return submit(new UsulAccess(by, false, Set.of(instansi)),
        new UsulUpload(form, documents, List.of(), seleksi, usulKolektif));
  }

  /** A correction sent by one of the application's own processes for the usul's instansi, as {@link #correct}. */
  @Transactional
  public UsulNi correctOnBehalf(String instansi, String by, String usulId, UsulForm form,
      Map<DocumentType, UploadedDocument> documents) {
    return correct(new UsulAccess(by, false, Set.of(instansi)), usulId, new UsulUpload(form, documents, List.of()));
  }

  @Transactional
  public UsulNi correct(UsulAccess access, String usulId, UsulUpload upload) {
    UsulNi usul = usulRepository.findById(usulId).filter(access::sees)
        .orElseThrow(() -> UsulQueryService.notFound(usulId));
    access.requireOperatorOf(usul);
    if (usul.status() != UsulStatus.PERBAIKAN) {
      throw notAwaitingCorrection(usul);
    }
    if (upload.usulKolektif() != null) {
      throw Refusal.invalid("usulKolektif", "usul kolektif ditetapkan saat usul dikirim; perbaikan tidak mengubahnya");
    }
    CandidateData data = checkedCorrection(usul, upload);
    if (!usulRepository.transition(usulId, UsulStatus.PERBAIKAN, UsulStatus.VERIFIKASI)) {
      // a simultaneous correction of the same usul got there first
      throw notAwaitingCorrection(usulRepository.findById(usulId).orElse(usul));
    }
    if (data != null) {
      usulRepository.updateData(data.applyTo(usul));
      if (!DocumentType.SK_CALON_PPPK.isAllowedFor(data.jenisAsn())) {
        // corrected to PNS: a decree appointing a calon PPPK no longer belongs to this usul
        documentRepository.retire(usulId, DocumentType.SK_CALON_PPPK);
      }
    }
    if (upload.seleksi() != null) {
      selections.save(usulId, upload.seleksi());
    }
    storeDocuments(usulId, upload.documents(), Instant.now(clock));
    events.record(usulId, UsulEventRepository.PERBAIKAN_DIKIRIM, "Perbaikan dikirim: "
        + (data == null ? "" : "data calon" + (upload.documents().isEmpty() ? "" : "; "))
        + (upload.documents().isEmpty() ? "" : "dokumen " + names(upload.documents().keySet())), access.userId());
    events.statusChanged(usulId, UsulStatus.PERBAIKAN, UsulStatus.VERIFIKASI, access.userId());
    workflow.corrected(usulId);
    return usulRepository.findById(usulId).orElseThrow();
  }

  /**
   * A correction's data (null when it sends documents only) once it is whole: the candidate stays the same
   * participant, the data passes the usul's rules, and with the documents kept every required one is there.
   */
  private CandidateData checkedCorrection(UsulNi usul, UsulUpload upload) {
    List<FieldProblem> problems = new ArrayList<>(upload.problems());
    if (upload.isEmpty()) {
      problems.add(new FieldProblem(UsulUploadReader.DATA_PART,
          "perbaikan kosong: kirim data yang dibetulkan dan/atau sedikitnya satu dokumen"));
    }
    CandidateData data = null;
    JenisAsn jenisAsn = usul.jenisAsn();
    if (upload.form() != null) {
      UsulForm form = upload.form().withNomorPesertaIfBlank(usul.nomorPeserta());
      if (!form.nomorPeserta().strip().equals(usul.nomorPeserta())) {
        problems.add(new FieldProblem("nomorPeserta", "tidak dapat diubah; usul ini untuk peserta " + usul.nomorPeserta()));
      }
      UsulFormValidator.Result result = UsulFormValidator.validate(form, today());
      addNew(problems, result.problems());
      data = result.data().orElse(null);
      jenisAsn = parseJenisAsn(form.jenisAsn());
    }
    Set<DocumentType> kept = documentRepository.current(usul.id()).stream().map(StoredDocument::jenis)
        .collect(Collectors.toSet());
    addNew(problems, DocumentRules.check(upload.documents(), kept, jenisAsn));
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    return data;
  }


  private void refuseIfUnfinished(String nomorPeserta, String instansi) {
    usulRepository.findUnfinishedByNomorPeserta(nomorPeserta).ifPresent(existing -> {
      if (existing.instansi().equals(instansi)) {
        throw Refusal.conflict("Peserta " + nomorPeserta + " sudah memiliki usul yang belum selesai (id "
            + existing.id() + ", status " + existing.status() + "); tunggu hasilnya atau kirim perbaikan pada usul itu");
      }
      // another instansi's usul: say that it exists, not whose it is
      throw unfinishedConflict(nomorPeserta);
    });
  }

  private void storeDocuments(String usulId, Map<DocumentType, UploadedDocument> documents, Instant at) {
    for (UploadedDocument document : documents.values()) {
      String sha256 = documentStore.put(document.content());
      documentRepository.addVersion(usulId, document.type(), sha256, document.fileName(),
          document.type().format().mediaType, document.size(), at);
    }
  }

  private static String names(Set<DocumentType> types) {
    return types.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
  }

  private static Refusal unfinishedConflict(String nomorPeserta) {
    return Refusal.conflict("Peserta " + nomorPeserta + " sudah memiliki usul NI yang belum selesai");
  }

  private static Refusal notAwaitingCorrection(UsulNi usul) {
    return Refusal.conflict("Usul " + usul.id() + " berstatus " + usul.status()
        + "; perbaikan hanya dapat dikirim saat statusnya " + UsulStatus.PERBAIKAN);
  }

  /** The kind of usul when it is valid, so the document rules know whether SK_CALON_PPPK belongs. */
  private static JenisAsn parseJenisAsn(String value) {
    if (value == null) {
      return null;
    }
    try {
      return JenisAsn.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Adds the problems of fields that have none yet: one clear reason per field is enough to act on. */
  private static void addNew(List<FieldProblem> problems, List<FieldProblem> more) {
    Set<String> named = new HashSet<>();
    problems.forEach(p -> named.add(p.field()));
    more.stream().filter(p -> !named.contains(p.field())).forEach(problems::add);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(LATEST_INDONESIAN_ZONE));
  }
}
