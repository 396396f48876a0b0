package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.CPNS;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_AKHIR_MASA_PERCOBAAN;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_BATAS_USUL_GAJI;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * terbitkanSpmt: the statement of having started duty in the formasi's work unit (the placement, VI.A.9.a), not
 * before TMT CPNS nor later than the table's months after it
 * (Lampiran I VI.A.9.b, VI.A.10.c); the CPNS pay runs from its date. The probation ends its years after TMT CPNS (VI.B).
 */
@Component
class SpmtTask extends AppointmentTaskHandler {

  private final CandidateRepository candidates;
  private final AppointmentCalendar calendar;

  SpmtTask(AppointmentRepository repository, AppointmentForms forms, CandidateRepository candidates,
      AppointmentCalendar calendar) {
    super(Stage.SPMT, CPNS, repository, forms);
    this.candidates = candidates;
    this.calendar = calendar;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = repository.get(id);
    String nomor = values.requiredText("nomorSpmt", 100, "nomor SPMT");
    LocalDate tanggal = values.requiredDate("tanggalSpmt", "tanggal SPMT");
    AppointmentDeadlines deadlines = calendar.deadlines();
    try {
      deadlines.checkSpmt(p.tmtCpns(), tanggal);
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException("tanggalSpmt", e.getMessage());
    }
    repository.recordSpmt(id, nomor, tanggal);
    repository.event(id, "SPMT", "SPMT " + nomor + " mulai " + tanggal + " pada unit kerja "
        + candidates.candidate(p).unitKerja() + ", penempatan sesuai formasi " + p.kodeFormasi() + " (VI.A.9.a)"
        + "; gaji CPNS (" + p.gajiCpns()
        + ") dibayar sejak tanggal itu, diusulkan paling lambat " + deadlines.payProposalDue(tanggal), by);
    return Map.of(VAR_AKHIR_MASA_PERCOBAAN, startOf(deadlines.probation(p.tmtCpns()).anniversary()),
        VAR_BATAS_USUL_GAJI, PengangkatanProcess.endOf(deadlines.payProposalDue(tanggal)));
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(Deadline.ZONE).toInstant());
  }
}
