package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.CompletionChecks.dateBetween;
import static id.asn.workflow.appointment.CompletionChecks.late;
import static id.asn.workflow.appointment.PengangkatanProcess.CPNS;

import id.asn.workflow.kernel.CompletionValues;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * usulkanGajiCpns: the payroll officer proposes the CPNS's pay (from the SPMT) at most two months after the SPMT
 * was made (Lampiran I VI.A.10.d); a later proposal is recorded as late.
 */
@Component
class PayProposalTask extends AppointmentTaskHandler {

  private final AppointmentCalendar calendar;

  PayProposalTask(AppointmentRepository repository, AppointmentForms forms, AppointmentCalendar calendar) {
    super(Stage.USUL_GAJI, CPNS, repository, forms);
    this.calendar = calendar;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = repository.get(id);
    String nomor = values.requiredText("nomorUsulGaji", 100, "nomor usul pembayaran gaji");
    LocalDate tanggal = dateBetween(values, "tanggalUsulGaji", "tanggal usul pembayaran gaji", p.tanggalSpmt(),
        "SPMT", today);
    repository.recordPayProposal(id, nomor, tanggal);
    repository.event(id, "USUL_GAJI", "Usul pembayaran gaji CPNS " + nomor + " tanggal " + tanggal
        + late(tanggal, calendar.deadlines().payProposalDue(p.tanggalSpmt()), "VI.A.10.d"), by);
    return Map.of();
  }
}
