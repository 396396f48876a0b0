package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.DeadlineRule;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.identity.UserDirectory;
import id.asn.workflow.kernel.ApplicantAgeLimits;
import id.asn.workflow.kernel.document.StoredDocument;
import id.asn.workflow.numbering.NumberAllocator;
import id.asn.workflow.pertek.DecisionRepository;
import id.asn.workflow.pertek.PertekDocuments;
import id.asn.workflow.pertek.UsulDocumentRepository;
import id.asn.workflow.pertek.UsulEventRepository;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.pertek.UsulStatus;
import id.asn.workflow.pertek.notification.NotificationService;
import id.asn.workflow.pertek.officer.OfficerService;
import id.asn.workflow.pertek.officer.SignerDecree;
import id.asn.workflow.pertek.officer.TimPemrosesMember;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Kanreg's steps on a usul, as the pertekNiCasn process calls them: each one changes the usul's
 * records and tells the instansi, in the transaction of the engine's step.
 */
@Service
@Transactional
public class PertekService {

  private final PositionEducation positionEducation;
  private final ApplicantAgeLimits ageLimits;
  private final UsulRepository usulRepository;
  private final UsulDocumentRepository documents;
  private final DecisionRepository decisions;
  private final NumberAllocator numbers;
  private final NotificationService notifications;
  private final CalendarService calendar;
  private final PertekDocuments pertekDocuments;
  private final UsulEventRepository events;
  private final OfficerService officers;
  private final UsulReferences references;
  private final UserDirectory users;

  PertekService(UsulRepository usulRepository, UsulDocumentRepository documents, DecisionRepository decisions,
      NumberAllocator numbers, NotificationService notifications, CalendarService calendar,
      PertekDocuments pertekDocuments, UsulEventRepository events, OfficerService officers,
      UsulReferences references, ApplicantAgeLimits ageLimits, PositionEducation positionEducation,
      UserDirectory users) {
    this.users = users;
    this.ageLimits = ageLimits;
    this.positionEducation = positionEducation;
    this.usulRepository = usulRepository;
    this.documents = documents;
    this.decisions = decisions;
    this.numbers = numbers;
    this.notifications = notifications;
    this.calendar = calendar;
    this.pertekDocuments = pertekDocuments;
    this.events = events;
    this.officers = officers;
    this.references = references;
  }

  public record PreCheckResult(List<Finding> findings, String summary) {
    public long attentionCount() {
      return findings.stream().filter(f -> !f.sesuai()).count();
    }
  }

  public UsulNi usul(String usulId) {
    return usulRepository.findById(usulId)
        .orElseThrow(() -> new IllegalStateException("Usul " + usulId + " tidak ada"));
  }

  public PreCheckResult preCheck(String usulId, String golonganRuang) {
    UsulNi usul = usul(usulId);
    List<StoredDocument> current = documents.current(usulId);
    SelectionCheck.Selection selection = references.of(usul);
    List<Finding> findings = findings(usul, current, selection);
    return new PreCheckResult(findings, TaskSummaries.verification(usul, selection.reference(),
        references.collective(usulId).orElse(null), current, findings, golonganRuang, names(usul)));
  }

  private List<Finding> findings(UsulNi usul, List<StoredDocument> current, SelectionCheck.Selection selection) {
    return PreCheck.check(usul, current.stream().map(StoredDocument::jenis).toList(), selection, ageLimits.current(),
        positionEducation);
  }

  /** The instansi by its group's name, the last verifier by name and NIP, where the records have them. */
  private TaskSummaries.Names names(UsulNi usul) {
    String instansi = users.groupName(Groups.instansiGroup(usul.instansi())).orElse(usul.instansi());
    String verifierId = decisions.lastDecider(usul.id(), DecisionRepository.VERIFIKASI).orElse(null);
    String verifier = officers.member(verifierId).map(m -> m.nama() + ", NIP " + m.nip())
        .orElse(verifierId == null ? "-" : verifierId);
    return new TaskSummaries.Names(instansi, verifier);
  }

  public void verificationStarted(String usulId) {
    moveTo(usulId, UsulStatus.VERIFIKASI, null);
  }

  /** Refuses a user who is not a recorded Tim Pemroses member (POS step 1 note 1) as they take the task. */
  public void requireVerifier(String verifier) {
    officers.requireMember(verifier);
  }

  /** The outcome, with the verifier's name and POS position in the usul's history. */
  public void recordVerification(String usulId, VerificationDecision decision, String verifier) {
    TimPemrosesMember member = officers.requireMember(verifier);
    decisions.record(usulId, DecisionRepository.VERIFIKASI, decision.hasil().name(), decision.alasan(), verifier);
    events.record(usulId, "PETUGAS_VERIFIKASI", decision.hasil() + " oleh " + member.nama() + ", NIP " + member.nip()
        + ", " + member.position() + " (Tim Pemroses)", verifier);
  }

  /**
   * MS: the Nomor Induk (kept on a retry or a return, unless the identity data changed), the draft Pertek
   * (PDF, keeping its Pertek number on a retry or a return) and the text the signer's form shows.
   */
  public String draft(String usulId, String golonganRuang) {
    UsulNi usul = usul(usulId);
    String nomor = numbers.allocate(usulId, usul.jenisAsn(), usul.tanggalLahir(), usul.tmt(), usul.jenisKelamin()).nomor();
    usulRepository.setNomorInduk(usulId, nomor);
    PertekDocuments.Draft draft = pertekDocuments.draft(usul(usulId), golonganRuang);
    List<StoredDocument> current = documents.current(usulId);
    return TaskSummaries.draft(usul, nomor, golonganRuang, draft, current, findings(usul, current, references.of(usul)),
        names(usul));
  }

  public void signingStarted(String usulId) {
    moveTo(usulId, UsulStatus.TANDA_TANGAN, null);
  }

  /**
   * Refuses the signer who verified the usul last (four eyes), and one without a decree of the Kepala BKN that
   * holds today (POS step 2 note 2).
   */
  public SignerDecree requireSigner(String usulId, String signer) {
    SigningDecision.requireOtherThanVerifier(signer, decisions.lastDecider(usulId, DecisionRepository.VERIFIKASI).orElse(null));
    return officers.requireSigner(signer);
  }

  /** The decision, with the decree the signer acts under in the usul's history. */
  public void recordSigning(String usulId, SigningDecision decision, String signer) {
    SignerDecree decree = requireSigner(usulId, signer);
    decisions.record(usulId, DecisionRepository.TANDA_TANGAN, decision.keputusan().name(), decision.catatan(), signer);
    events.record(usulId, "PETUGAS_TANDA_TANGAN", decision.keputusan() + " oleh " + decree.nama() + ", NIP "
        + decree.nip() + ", " + decree.jabatan() + ", berdasarkan Keputusan Kepala BKN nomor " + decree.nomor()
        + " tanggal " + decree.tanggal(), signer);
  }

  /**
   * SETUJU: the draft is signed with the key of the signer who approved it, the usul is finished and the
   * instansi told. Signing happens once: a retry after a committed attempt finds the signed Pertek and
   * neither signs nor notifies again.
   */
  public void issue(String usulId) {
    UsulNi usul = usul(usulId);
    String signer = decisions.lastDecider(usulId, DecisionRepository.TANDA_TANGAN)
        .orElseThrow(() -> new IllegalStateException("Usul " + usulId + " belum disetujui oleh penandatangan"));
    PertekDocuments.Signed pertek = pertekDocuments.sign(usulId, signer);
    moveTo(usulId, UsulStatus.SELESAI, null);
    if (pertek.baru()) {
      notifications.notify(usulId, "PERTEK_TERBIT", "Pertek penetapan NI terbit: " + usul.nama(),
          "Persetujuan teknis penetapan NI untuk " + usul.nama() + " (nomor peserta " + usul.nomorPeserta()
              + ") telah ditandatangani secara elektronik dengan nomor " + pertek.nomor() + ". Nomor Induk: "
              + usul.nomorInduk() + ". Unduh Pertek: " + pertek.url());
    }
  }

  /** The last day a BTS decided {@code today} would give a PPPK instansi (provisional where the calendar is). */
  public Deadline correctionDeadline(int workingDays, LocalDate today) {
    return calendar.deadline(DeadlineRule.workingDaysAfter(today, workingDays));
  }

  /**
   * BTS of a PPPK usul: back to the instansi with the reason and the last day for a correction (Lampiran II
   * VI.6.c), counted from {@code today}; a last day counted on provisional holidays is said to be provisional.
   */
  public Deadline requestCorrection(String usulId, String alasan, int workingDays, LocalDate today) {
    UsulNi usul = usul(usulId);
    Deadline deadline = correctionDeadline(workingDays, today);
    moveTo(usulId, UsulStatus.PERBAIKAN, alasan);
    usulRepository.setCorrectionDeadline(usulId, deadline);
    notifications.notify(usulId, NotificationService.BTS, "Berkas tidak sesuai: " + usul.nama(),
        "Usul penetapan NI untuk " + usul.nama() + " dikembalikan untuk diperbaiki. Alasan: " + alasan
            + " Kirim perbaikan paling lambat " + deadline.dated() + " (" + workingDays + " hari kerja); setelah itu usul "
            + "kedaluwarsa." + (deadline.sementara() ? " " + deadline.note() : ""));
    return deadline;
  }

  /**
   * BTS of a PNS usul: back to the instansi with the reason and no last day (POS step 1 note 2, Lampiran I
   * VI.A.5.d.2); it waits, with a reminder every {@code reminder}, until it is corrected or withdrawn.
   */
  public void requestOpenCorrection(String usulId, String alasan, Duration reminder) {
    UsulNi usul = usul(usulId);
    moveTo(usulId, UsulStatus.PERBAIKAN, alasan);
    usulRepository.clearCorrectionDeadline(usulId);
    notifications.notify(usulId, NotificationService.BTS, "Berkas tidak sesuai: " + usul.nama(),
        "Usul penetapan NI untuk " + usul.nama() + " dikembalikan untuk diperbaiki. Alasan: " + alasan
            + " Perbaikan usul PNS tidak dibatasi waktu: kirim perbaikan bila berkas sudah lengkap, atau tarik usul "
            + "bila tidak akan dilanjutkan. Pengingat dikirim setiap " + interval(reminder)
            + " selama usul menunggu perbaikan.");
  }

  /** A PNS usul still waits for its correction: the instansi is reminded, with the reason it came back. */
  public void remindCorrection(String usulId) {
    UsulNi usul = usul(usulId);
    if (usul.status() != UsulStatus.PERBAIKAN) {
      return; // corrected or withdrawn in the meantime: nothing to remind of
    }
    notifications.notify(usulId, NotificationService.PENGINGAT_PERBAIKAN, "Menunggu perbaikan: " + usul.nama(),
        "Usul penetapan NI untuk " + usul.nama() + " masih menunggu perbaikan. Alasan pengembalian: "
            + usul.alasan() + " Kirim perbaikan, atau tarik usul bila tidak akan dilanjutkan.");
  }

  /** The instansi withdrew the usul (its status already moved with the request): it is told the usul is closed. */
  public void withdrawn(String usulId) {
    UsulNi usul = usul(usulId);
    notifications.notify(usulId, NotificationService.DITARIK, "Usul ditarik: " + usul.nama(),
        "Usul penetapan NI untuk " + usul.nama() + " ditarik oleh instansi dan ditutup tanpa Pertek.");
  }

  public void reject(String usulId, String alasan) {
    UsulNi usul = usul(usulId);
    moveTo(usulId, UsulStatus.DITOLAK, alasan);
    notifications.notify(usulId, NotificationService.TMS, "Tidak memenuhi syarat: " + usul.nama(),
        "Usul penetapan NI untuk " + usul.nama() + " ditolak (TMS). Alasan: " + alasan);
  }

  public void expire(String usulId) {
    UsulNi usul = usul(usulId);
    moveTo(usulId, UsulStatus.KEDALUWARSA, null);
    notifications.notify(usulId, NotificationService.KEDALUWARSA, "Usul kedaluwarsa: " + usul.nama(),
        "Batas waktu perbaikan usul penetapan NI untuk " + usul.nama() + " telah lewat tanpa perbaikan; usul ditutup.");
  }

  /** A reminder interval as the instansi reads it: "7 hari", "12 jam", "30 menit". */
  static String interval(Duration d) {
    if (d.toHours() >= 24 && d.toHours() % 24 == 0) {
      return d.toDays() + " hari";
    }
    return d.toMinutes() >= 60 && d.toMinutes() % 60 == 0 ? d.toHours() + " jam" : Math.max(1, d.toMinutes()) + " menit";
  }

  /** The usul's new status, recorded in its history when it changed; the process moved it, no user. */
  private void moveTo(String usulId, UsulStatus status, String alasan) {
    UsulStatus before = usul(usulId).status();
    usulRepository.setStatus(usulId, status, alasan);
    events.statusChanged(usulId, before, status, null);
  }
}
