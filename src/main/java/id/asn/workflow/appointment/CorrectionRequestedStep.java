package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.PPPK;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_ALASAN_USUL;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_BATAS_PERBAIKAN;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.ServiceTaskHandler;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CatatUsulBts, PPPK: the Kanreg found the usul incomplete (BTS); the instansi completes it within 25
 * working days of the notice (II VI.6.b-c), counted from the day the outcome reaches the appointment.
 */
@Component
class CorrectionRequestedStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(PPPK, "ServiceTask_CatatUsulBts");

  private final AppointmentRepository repository;
  private final AppointmentCalendar calendar;

  CorrectionRequestedStep(AppointmentRepository repository, AppointmentCalendar calendar) {
    this.repository = repository;
    this.calendar = calendar;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    String alasan = step.variables().text(VAR_ALASAN_USUL);
    AppointmentDeadlines deadlines = calendar.deadlines();
    Deadline due = deadlines.correctionDue(step.today());
    repository.event(step.id(), "USUL_BTS", "Usul " + repository.get(step.id()).numberName() + " tidak lengkap (BTS)"
        + (alasan.isEmpty() ? "" : ": " + alasan) + "; lengkapi paling lambat " + due.dated() + " ("
        + deadlines.correctionWorkingDays() + " hari kerja, VI.6.c)", null);
    return Result.setting(Map.of(VAR_BATAS_PERBAIKAN, due));
  }
}
