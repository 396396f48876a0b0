package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.PPPK;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_JABATAN_JPT;
import static id.asn.workflow.appointment.CompletionChecks.dateBetween;
import static id.asn.workflow.appointment.CompletionChecks.late;

import id.asn.workflow.kernel.CompletionValues;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * tetapkanPerjanjianKerjaPppk: the work agreement signed by the PPK and the calon PPPK and the appointment decree
 * (collective: the number may be shared), both dated between the NI and today; later than 30 working days after the
 * NI is recorded as late (Lampiran II VII.A.1-2). Answers whether the position is a JPT whose PPPK takes the oath of
 * office (VII.B).
 */
@Component
class PppkAgreementTask extends AppointmentTaskHandler {

  private final CandidateRepository candidates;
  private final AppointmentCalendar calendar;

  PppkAgreementTask(AppointmentRepository repository, AppointmentForms forms, CandidateRepository candidates,
      AppointmentCalendar calendar) {
    super(Stage.PERJANJIAN_KERJA, PPPK, repository, forms);
    this.candidates = candidates;
    this.calendar = calendar;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = repository.get(id);
    String perjanjian = values.requiredText("nomorPerjanjianKerja", 100, "nomor perjanjian kerja");
    LocalDate tanggalPerjanjian = dateBetween(values, "tanggalPerjanjianKerja", "tanggal perjanjian kerja",
        p.tanggalNip(), "tanggal NI PPPK diterima", today);
    values.requireTrue("ditandatanganiKeduaPihak",
        "perjanjian kerja harus ditandatangani PPK dan calon PPPK (VII.A.1.a)");
    String nomorSk = values.requiredText("nomorSkPppk", 100, "nomor keputusan pengangkatan PPPK (boleh kolektif)");
    LocalDate tanggalSk = dateBetween(values, "tanggalSkPppk", "tanggal keputusan pengangkatan PPPK", p.tanggalNip(),
        "tanggal NI PPPK diterima", today);
    LocalDate due = calendar.deadlines().decreeDue(p.tanggalNip()).tanggal();
    LocalDate last = tanggalSk.isAfter(tanggalPerjanjian) ? tanggalSk : tanggalPerjanjian;
    repository.recordPppkAgreement(id, perjanjian, tanggalPerjanjian, nomorSk, tanggalSk);
    repository.event(id, "SK_PPPK", "Perjanjian kerja " + perjanjian + " tanggal " + tanggalPerjanjian
        + " ditandatangani PPK dan calon PPPK; keputusan pengangkatan PPPK " + nomorSk + " tanggal " + tanggalSk
        + late(last, due, "VII.A.1") + "; ditempatkan pada unit kerja " + candidates.candidate(p).unitKerja()
        + " sesuai formasi " + p.kodeFormasi() + " (VII.A.4)", by);
    return Map.of(VAR_JABATAN_JPT, candidates.isJpt(p));
  }
}
