package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_BATAS_DOKUMEN;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.ServiceTaskHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_GeserBatasDokumen: the documents' deadline after days were granted for distance (VI.A.1.d, recorded by
 * {@link AppointmentService#extend}), counted again from the call-up notice.
 */
@Component
class DeadlineExtendedStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(BOTH, "ServiceTask_GeserBatasDokumen");

  private final AppointmentRepository repository;
  private final AppointmentCalendar calendar;

  DeadlineExtendedStep(AppointmentRepository repository, AppointmentCalendar calendar) {
    this.repository = repository;
    this.calendar = calendar;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    Pengangkatan p = repository.get(step.id());
    Deadline due = calendar.deadlines().documentsDue(p.tanggalPanggilan(), p.tambahanHariKerja());
    repository.moveDocumentsDeadline(step.id(), due.tanggal());
    return Result.setting(Map.of(VAR_BATAS_DOKUMEN, due));
  }
}
