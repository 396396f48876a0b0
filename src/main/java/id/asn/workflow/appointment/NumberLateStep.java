package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.PPPK;

import id.asn.workflow.kernel.ServiceTaskHandler;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CatatNomorIndukTerlambat, PPPK: the 25 working days for the number passed without an outcome (II
 * VI.6.a). Recorded once, however often the limit is reached again (after a correction the process waits again
 * under the same limit).
 */
@Component
class NumberLateStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(PPPK, "ServiceTask_CatatNomorIndukTerlambat");

  private final AppointmentRepository repository;
  private final AppointmentCalendar calendar;

  NumberLateStep(AppointmentRepository repository, AppointmentCalendar calendar) {
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
    if (!p.terlambatNomorInduk()) {
      repository.markNumberLate(step.id());
      repository.event(step.id(), "NOMOR_INDUK_TERLAMBAT", "Nomor induk PPPK belum diterima sampai "
          + calendar.deadlines().numberDue(p.tanggalUsul()).dated() + ", " + calendar.deadlines().limits().penetapanNiPppk()
          + " hari kerja sejak usul " + p.tanggalUsul() + " (VI.6.a); ditanyakan ke Kantor Regional", null);
    }
    return Result.NOTHING;
  }
}
