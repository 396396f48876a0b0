package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AppointmentSteps.VAR_BATAS_DOKUMEN;
import static id.asn.workflow.appointment.AppointmentSteps.VAR_HASIL_KELENGKAPAN;
import static id.asn.workflow.appointment.AppointmentSteps.ZONE;
import static id.asn.workflow.appointment.AppointmentSteps.endOf;
import static id.asn.workflow.appointment.AppointmentSteps.numberName;
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

  private final AppointmentRepository repository;
  private final Clock clock;

  DocumentCheckTask(AppointmentSteps steps, AppointmentRepository repository, Clock clock) {
    super(AppointmentTask.PERIKSA_KELENGKAPAN, BOTH, steps);
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = steps.get(id);
    List<DocumentReview> reviews = new ArrayList<>();
    for (AppointmentDocument document : AppointmentDocument.values()) {
      String statusKey = "status" + document.name();
      String alasanKey = "alasan" + document.name();
      DocumentStatus status = enumValue(values, statusKey, DocumentStatus.class, document.label());
      String alasan = values.optionalText(alasanKey, 1000);
      if (status != DocumentStatus.SAH && alasan == null) {
        throw new InvalidCompletionException(alasanKey, "wajib diisi untuk " + document.label() + " yang " + status);
      }
      reviews.add(new DocumentReview(document, status, alasan));
    }
    LocalDate completionDeadline = null;
    if (reviews.stream().anyMatch(r -> r.status() == DocumentStatus.BELUM_ADA)
        && reviews.stream().noneMatch(r -> r.status() == DocumentStatus.TIDAK_SAH)) {
      completionDeadline = values.requiredDate("batasKelengkapan", "batas waktu melengkapi dokumen");
      if (!completionDeadline.isAfter(today)) {
        throw new InvalidCompletionException("batasKelengkapan", "harus sesudah hari ini (" + today + ")");
      }
    }
    CompletenessCheck.Result result = CompletenessCheck.check(reviews,
        completionDeadline == null ? today : completionDeadline);
    Map<String, Object> columns = new HashMap<>();
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_HASIL_KELENGKAPAN, result.hasil().name());
    switch (result.hasil()) {
      case SEMUA_SAH -> {
        String tempatLahir = values.requiredText("tempatLahir", 100, "tempat lahir untuk usul NIP");
        String agama = values.requiredText("agama", 20, "agama untuk usul NIP dan lafal sumpah");
        LocalDate tmt = p.isPppk()
            ? values.requiredDate("tmtPppk", "TMT perjanjian kerja pertama yang diusulkan")
            : values.requiredDate("tmtCpns", "TMT CPNS yang diusulkan");
        UsulForm form = AppointmentSteps.usulForm(p, repository.candidate(p), tempatLahir, agama, tmt);
        List<FieldProblem> problems = new ArrayList<>(UsulFormValidator.validate(form,
            LocalDate.now(clock.withZone(ZONE))).problems());
        // a PPPK's usul also needs the decree as calon PPPK, which the PPK sets next
        problems.addAll(DocumentRules.check(steps.uploaded(id), Set.of(), JenisAsn.PNS));
        if (!problems.isEmpty()) {
          FieldProblem first = problems.get(0);
          throw new InvalidCompletionException(first.field(), first.reason() + " (diperlukan untuk usul "
              + numberName(p) + ")");
        }
        columns.put("tempat_lahir", tempatLahir);
        columns.put("agama", agama);
        columns.put("tmt_cpns", tmt);
      }
      case BELUM_LENGKAP -> {
        columns.put("status", AppointmentStatus.MELENGKAPI);
        columns.put("batas_dokumen", completionDeadline);
        v.put(VAR_BATAS_DOKUMEN, endOf(completionDeadline));
      }
      case TIDAK_MEMENUHI_SYARAT -> columns.put("status", AppointmentStatus.TIDAK_MEMENUHI_SYARAT);
    }
    int round = repository.nextRound(id);
    Instant now = Instant.now(clock);
    reviews.forEach(review -> repository.review(id, round, review, by, now));
    if (!columns.isEmpty()) {
      repository.update(id, columns);
    }
    repository.event(id, "KELENGKAPAN_" + result.hasil().name(), "Pemeriksaan kelengkapan putaran " + round + ": "
        + result.hasil() + (result.temuan().isEmpty() ? "" : "; " + result.temuan().stream()
            .map(r -> r.dokumen().name() + " " + r.status() + " (" + r.alasan() + ")")
            .collect(Collectors.joining("; ")))
        + (completionDeadline == null ? "" : "; lengkapi paling lambat " + completionDeadline), by);
    return v;
  }
}
