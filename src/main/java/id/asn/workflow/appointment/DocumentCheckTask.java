package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_BATAS_DOKUMEN;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_HASIL_KELENGKAPAN;
import static id.asn.workflow.appointment.PengangkatanProcess.endOf;
import static id.asn.workflow.appointment.CompletionChecks.enumValue;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.document.DocumentRules;
import id.asn.workflow.pertek.intake.UsulForm;
import id.asn.workflow.pertek.intake.UsulFormValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * periksaKelengkapan: each document of the call-up checked as valid, invalid or missing (Lampiran I VI.A.1-3,
 * {@link CompletenessCheck}); all valid records the data of the usul NIP or NI PPPK, checked as the usul will be,
 * missing ones get a day to complete them by, an invalid one means the candidate does not qualify.
 */
@Component
class DocumentCheckTask extends AppointmentTaskHandler {

  private final CandidateRepository candidates;
  private final AppointmentDocumentRepository documents;
  private final AppointmentUsul usul;
  private final AppointmentCalendar calendar;
  private final Clock clock;

  DocumentCheckTask(AppointmentRepository repository, AppointmentForms forms, CandidateRepository candidates,
      AppointmentDocumentRepository documents, AppointmentUsul usul, AppointmentCalendar calendar, Clock clock) {
    super(Stage.PERIKSA_KELENGKAPAN, BOTH, repository, forms);
    this.candidates = candidates;
    this.documents = documents;
    this.usul = usul;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    List<DocumentReview> reviews = reviews(values);
    LocalDate completionDeadline = completionDeadline(reviews, values, today, repository.get(id));
    CompletenessCheck.Result result = CompletenessCheck.check(reviews,
        completionDeadline == null ? today : completionDeadline);
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_HASIL_KELENGKAPAN, result.hasil().name());
    switch (result.hasil()) {
      case SEMUA_SAH -> recordUsulData(repository.get(id), values, today);
      case BELUM_LENGKAP -> {
        repository.askToCompleteDocuments(id, completionDeadline);
        v.put(VAR_BATAS_DOKUMEN, endOf(completionDeadline));
      }
      case TIDAK_MEMENUHI_SYARAT -> repository.markNotQualified(id);
    }
    int round = documents.nextRound(id);
    Instant now = Instant.now(clock);
    reviews.forEach(review -> documents.review(id, round, review, by, now));
    repository.event(id, "KELENGKAPAN_" + result.hasil().name(), "Pemeriksaan kelengkapan putaran " + round + ": "
        + result.hasil() + (result.temuan().isEmpty() ? "" : "; " + result.temuan().stream()
            .map(r -> r.dokumen().name() + " " + r.status() + " (" + r.alasan() + ")")
            .collect(Collectors.joining("; ")))
        + (completionDeadline == null ? "" : "; lengkapi paling lambat " + completionDeadline), by);
    return v;
  }

  /** Every document of the call-up with its status; a reason for each one not valid. */
  private static List<DocumentReview> reviews(CompletionValues values) {
    List<DocumentReview> reviews = new ArrayList<>();
    for (AppointmentDocument document : AppointmentDocument.values()) {
      String alasanKey = "alasan" + document.name();
      DocumentStatus status = enumValue(values, "status" + document.name(), DocumentStatus.class, document.label());
      String alasan = values.optionalText(alasanKey, 1000);
      if (status != DocumentStatus.SAH && alasan == null) {
        throw new InvalidCompletionException(alasanKey, "wajib diisi untuk " + document.label() + " yang " + status);
      }
      reviews.add(new DocumentReview(document, status, alasan));
    }
    return reviews;
  }

  /**
   * The day to complete missing documents by, when some are missing and none is invalid; else null. It lies within
   * the call-up's own limit, 15 working days and at most 10 more for distance (I VI.A.1.c-e with VI.A.3.c.2; II VI.1).
   */
  private LocalDate completionDeadline(List<DocumentReview> reviews, CompletionValues values, LocalDate today,
      Pengangkatan p) {
    if (reviews.stream().noneMatch(r -> r.status() == DocumentStatus.BELUM_ADA)
        || reviews.stream().anyMatch(r -> r.status() == DocumentStatus.TIDAK_SAH)) {
      return null;
    }
    LocalDate deadline = values.requiredDate("batasKelengkapan", "batas waktu melengkapi dokumen");
    if (!deadline.isAfter(today)) {
      throw new InvalidCompletionException("batasKelengkapan", "harus sesudah hari ini (" + today + ")");
    }
    LocalDate notice = p.tanggalPanggilan() == null ? today : p.tanggalPanggilan();
    AppointmentDeadlines deadlines = calendar.deadlines();
    AppointmentTimeLimits limits = deadlines.limits();
    var latest = deadlines.documentsDue(notice, limits.tambahanLetakGeografis());
    if (deadline.isAfter(latest.tanggal())) {
      throw new InvalidCompletionException("batasKelengkapan", "paling lambat " + latest.dated() + ": "
          + limits.kelengkapanDokumen() + " hari kerja sejak pengumuman panggilan " + notice
          + " ditambah paling lama " + limits.tambahanLetakGeografis() + " hari kerja (VI.A.1.c-e)");
    }
    return deadline;
  }

  /** All valid: the usul's own data, checked as the usul will be, and its documents. */
  private void recordUsulData(Pengangkatan p, CompletionValues values, LocalDate today) {
    String tempatLahir = values.requiredText("tempatLahir", 100, "tempat lahir untuk usul NIP");
    String agama = values.requiredText("agama", 20, "agama untuk usul NIP dan lafal sumpah");
    LocalDate tmt = p.isPppk()
        ? values.requiredDate("tmtPppk", "TMT perjanjian kerja pertama yang diusulkan")
        : values.requiredDate("tmtCpns", "TMT CPNS yang diusulkan");
    UsulForm form = AppointmentUsul.form(p, candidates.candidate(p), tempatLahir, agama, tmt);
    List<FieldProblem> problems = new ArrayList<>(UsulFormValidator.validate(form, today).problems());
    // a PPPK's usul also needs the decree as calon PPPK, which the PPK sets next
    problems.addAll(DocumentRules.check(usul.documents(p.id()), Set.of(), JenisAsn.PNS));
    if (!problems.isEmpty()) {
      FieldProblem first = problems.get(0);
      throw new InvalidCompletionException(first.field(), first.reason() + " (diperlukan untuk usul "
          + p.numberName() + ")");
    }
    repository.recordUsulData(p.id(), tempatLahir, agama, tmt);
    if (!p.isPppk()) {
      // a PPPK waits for the collective proposal once the PPK has set the decree as calon PPPK
      repository.awaitCollectiveProposal(p.id());
    }
  }
}
