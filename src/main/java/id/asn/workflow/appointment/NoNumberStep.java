package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.PPPK;

import id.asn.workflow.kernel.ServiceTaskHandler;
import org.springframework.stereotype.Component;

/** ServiceTask_TanpaNomorInduk, PPPK: the usul was not completed within 25 working days of the notice (II VI.6.d). */
@Component
class NoNumberStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(PPPK, "ServiceTask_TanpaNomorInduk");

  private final AppointmentRepository repository;

  private final AppointmentCalendar calendar;

  NoNumberStep(AppointmentRepository repository, AppointmentCalendar calendar) {
    this.calendar = calendar;
    this.repository = repository;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    int days = calendar.deadlines().correctionWorkingDays();
    repository.markNoNumber(step.id(), "Usul tidak dilengkapi dalam " + days + " hari kerja (VI.6.d)");
    repository.event(step.id(), "TANPA_NOMOR_INDUK", "Kekurangan usul tidak dipenuhi dalam " + days
        + " hari kerja; calon PPPK tidak diberi nomor induk (VI.6.d)", null);
    return Result.NOTHING;
  }
}
