package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.DEADLINE_OWNER;

import id.asn.workflow.calendar.DeadlineLedger;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.kernel.document.DocumentRules;
import id.asn.workflow.kernel.document.DocumentStore;
import id.asn.workflow.kernel.document.UploadedDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instansi's side of the appointments: starting them from the recruitment's hand-off, handing in documents,
 * granting days for distance, recording that a candidate left. Each checks everything first, then records and
 * tells the process in one transaction (the engine shares it), so a refusal leaves nothing behind.
 */
@Service
public class AppointmentService {

  private static final EnumSet<AppointmentStatus> AWAITING_DOCUMENTS =
      EnumSet.of(AppointmentStatus.PANGGILAN, AppointmentStatus.MELENGKAPI);

  private final AppointmentRepository repository;
  private final CandidateRepository candidates;
  private final AppointmentDocumentRepository handedIn;
  private final AppointmentWorkflow workflow;
  private final DocumentStore documentStore;
  private final AppointmentCalendar calendar;
  private final DeadlineLedger ledger;
  private final Clock clock;

  AppointmentService(AppointmentRepository repository, CandidateRepository candidates,
      AppointmentDocumentRepository handedIn, AppointmentWorkflow workflow, DocumentStore documentStore,
      AppointmentCalendar calendar, DeadlineLedger ledger, Clock clock) {
    this.repository = repository;
    this.candidates = candidates;
    this.handedIn = handedIn;
    this.workflow = workflow;
    this.documentStore = documentStore;
    this.calendar = calendar;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * One appointment and one process instance for every candidate the recruitment handed over and nobody took yet
   * (pengangkatanCpns for a PNS row, pengangkatanPppk for a PPPK row); each outbox row is marked taken in the same
   * transaction. Run again, it starts nobody twice.
   */
  @Transactional
  public List<String> startFromHandOff(AppointmentAccess access, String periodeId) {
    String instansi = candidates.instansiOfPeriode(periodeId)
        .orElseThrow(() -> Refusal.notFound("Periode " + periodeId + " tidak ditemukan"));
    access.require(instansi, "Periode " + periodeId);
    return startFromHandOff(periodeId, instansi);
  }

  @Transactional
  public List<String> startFromHandOff(String periodeId, String instansi) {
    List<String> started = new ArrayList<>();
    Instant now = Instant.now(clock);
    for (Map<String, Object> row : candidates.untakenHandOffs(periodeId)) {
      String nomorPeserta = (String) row.get("nomor_peserta");
      String id = Pengangkatan.idOf(periodeId, nomorPeserta);
      if (repository.find(id).isEmpty()) {
        repository.insert(id, JenisAsn.valueOf((String) row.get("jenis")), periodeId, nomorPeserta, instansi,
            (String) row.get("kode_formasi"),
            ((Number) row.get("peringkat")).intValue(), null, now);
        repository.event(id, "DIMULAI", "Diambil dari serah terima hasil seleksi", null);
        workflow.start(repository.get(id));
        started.add(id);
      }
      candidates.markTaken(periodeId, nomorPeserta, now);
    }
    return started;
  }

  /**
   * Documents handed in (any of the usul's document types): while the candidate is called up or asked to complete,
   * the completeness check starts; while the usul is being corrected after a BTS, or the PPK sets the decree as calon
   * PPPK, they are kept for the usul.
   */
  @Transactional
  public Pengangkatan handIn(AppointmentAccess access, String id, Map<DocumentType, UploadedDocument> documents) {
    Pengangkatan p = visible(access, id);
    List<FieldProblem> problems = new ArrayList<>();
    if (documents.isEmpty()) {
      problems.add(new FieldProblem("dokumen", "kirim sedikitnya satu dokumen, bagian bernama jenisnya (mis. IJAZAH)"));
    }
    documents.values().forEach(d -> problems.addAll(DocumentRules.checkContent(d)));
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    // kept for the usul: a correction after a BTS, or the PPK's decree as calon PPPK (SK_CALON_PPPK)
    boolean correcting = p.status() == AppointmentStatus.PERBAIKAN_USUL || p.status() == AppointmentStatus.SK_CALON_PPPK;
    if (!correcting) {
      requireAwaitingDocuments(p);
    }
    Instant now = Instant.now(clock);
    for (UploadedDocument document : documents.values()) {
      handedIn.putDocument(id, document.type(), documentStore.put(document.content()), document.fileName(),
          document.size(), now);
    }
    repository.event(id, "DOKUMEN_DISERAHKAN", "Dokumen diserahkan: " + String.join(", ",
        documents.keySet().stream().map(Enum::name).toList()), access.userId());
    if (!correcting) {
      // a correction of the usul is sent when the instansi completes perbaikanUsulNip
      workflow.documentsHandedIn(id);
    }
    return repository.get(id);
  }

  /** More working days for the candidate's distance (VI.A.1.d): at most the table's in all, only before the first check. */
  @Transactional
  public Pengangkatan extend(AppointmentAccess access, String id, Integer hariKerja, String alasan) {
    Pengangkatan p = visible(access, id);
    List<FieldProblem> problems = new ArrayList<>();
    int most = calendar.deadlines().limits().tambahanLetakGeografis();
    int total = p.tambahanHariKerja() + (hariKerja == null ? 0 : hariKerja);
    if (hariKerja == null || hariKerja < 1) {
      problems.add(new FieldProblem("tambahanHariKerja", "wajib diisi: 1 sampai "
          + most + " hari kerja"));
    } else if (total > most) {
      problems.add(new FieldProblem("tambahanHariKerja", "tambahan karena letak geografis paling lama "
          + most + " hari kerja (VI.A.1.d); sudah diberikan "
          + p.tambahanHariKerja()));
    }
    if (alasan == null || alasan.isBlank()) {
      problems.add(new FieldProblem("alasan", "wajib diisi: letak geografis tempat tinggal peserta"));
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    if (p.status() != AppointmentStatus.PANGGILAN) {
      throw Refusal.conflict("Pengangkatan " + id + " berstatus " + p.status()
          + "; tambahan waktu hanya sebelum dokumen diserahkan pertama kali");
    }
    repository.grantDistanceDays(id, total);
    repository.event(id, "TAMBAHAN_WAKTU", hariKerja + " hari kerja karena letak geografis: " + alasan.strip(),
        access.userId());
    workflow.deadlineExtended(id);
    return repository.get(id);
  }

  /**
   * The candidate resigned, is deemed to have resigned or died, or (after the decree) a VII.B ground is decided;
   * {@code bukti} describes the evidence (letter, death certificate, decision). What follows depends on the stage.
   */
  @Transactional
  public CandidateExit.Decision leave(AppointmentAccess access, String id, String alasan, LocalDate tanggal,
      String bukti) {
    Pengangkatan p = visible(access, id);
    CandidateExit.Decision decision = decideExit(p, alasan, tanggal, bukti);
    LocalDate reportDue = decision.akibat() == CandidateExit.Consequence.PENGGANTIAN && p.usulId() != null
        ? calendar.deadlines().replacementReportDue(tanggal).tanggal() : null;
    repository.recordLeaving(id, decision, tanggal, bukti.strip(), reportDue);
    repository.event(id, "BERHENTI", decision.alasan() + " pada " + tanggal + " (bukti: " + bukti.strip() + "); akibat "
        + decision.akibat(), access.userId());
    workflow.candidateLeft(id, decision.akibat());
    return decision;
  }

  /** What leaving means at the appointment's stage; refuses a missing date or evidence, or a reason not open now. */
  private CandidateExit.Decision decideExit(Pengangkatan p, String alasan, LocalDate tanggal, String bukti) {
    List<FieldProblem> problems = new ArrayList<>();
    if (tanggal == null) {
      problems.add(new FieldProblem("tanggal", "wajib diisi (YYYY-MM-DD)"));
    }
    if (bukti == null || bukti.isBlank()) {
      problems.add(new FieldProblem("bukti", "wajib diisi: surat pengunduran diri, akta kematian atau keputusan"));
    } else if (bukti.length() > 1000) {
      problems.add(new FieldProblem("bukti", "paling panjang 1000 karakter"));
    }
    if (problems.isEmpty()) {
      try {
        return CandidateExit.decide(alasan, p.status(),
            p.tanggalSkCpns() == null ? null : calendar.deadlines().probation(p.tmtCpns()), tanggal);
      } catch (IllegalArgumentException e) {
        if (p.status().isAppointed()) {
          throw Refusal.conflict(e.getMessage());
        }
        problems.add(new FieldProblem("alasan", e.getMessage()));
      }
    }
    throw Refusal.invalid(problems);
  }

  @Transactional(readOnly = true)
  public Map<String, Object> view(AppointmentAccess access, String id) {
    Pengangkatan p = visible(access, id);
    Map<String, Object> view = new HashMap<>();
    view.put("pengangkatan", p);
    view.put("dokumen", handedIn.documents(id).keySet());
    view.put("riwayat", repository.events(id));
    view.put("tenggat", ledger.openOf(DEADLINE_OWNER, id));
    return view;
  }

  @Transactional(readOnly = true)
  public List<Pengangkatan> ofPeriode(AppointmentAccess access, String periodeId) {
    String instansi = candidates.instansiOfPeriode(periodeId)
        .orElseThrow(() -> Refusal.notFound("Periode " + periodeId + " tidak ditemukan"));
    access.require(instansi, "Periode " + periodeId);
    return repository.ofPeriode(periodeId);
  }

  /** The berita acara of the oath (three copies in one PDF), once the oath is recorded. */
  @Transactional(readOnly = true)
  public byte[] oathRecord(AppointmentAccess access, String id) {
    Pengangkatan p = visible(access, id);
    if (p.beritaAcaraSha256() == null) {
      throw Refusal.notFound("Berita acara sumpah/janji " + id + " belum dibuat");
    }
    return documentStore.get(p.beritaAcaraSha256());
  }

  private Pengangkatan visible(AppointmentAccess access, String id) {
    Pengangkatan p = repository.find(id).orElseThrow(() -> Refusal.notFound("Pengangkatan " + id + " tidak ditemukan"));
    access.require(p.instansi(), "Pengangkatan " + id);
    return p;
  }

  private static void requireAwaitingDocuments(Pengangkatan p) {
    if (!AWAITING_DOCUMENTS.contains(p.status())) {
      throw Refusal.conflict("Pengangkatan " + p.id() + " berstatus " + p.status()
          + "; dokumen hanya diterima saat pemanggilan atau saat diminta melengkapi");
    }
  }
}
