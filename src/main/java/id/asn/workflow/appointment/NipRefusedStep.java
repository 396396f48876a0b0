package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_ALASAN_USUL;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_HASIL_USUL;

import id.asn.workflow.kernel.ServiceTaskHandler;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CatatUsulDitolak: TMS, a PNS usul the instansi withdrew instead of correcting, or (PPPK) no correction
 * before the usul expired; the appointment ends with the outcome and its reason, no number (VI.A.5.d).
 */
@Component
class NipRefusedStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(BOTH, "ServiceTask_CatatUsulDitolak");

  private final AppointmentRepository repository;

  NipRefusedStep(AppointmentRepository repository) {
    this.repository = repository;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    String hasil = step.variables().text(VAR_HASIL_USUL);
    String alasan = step.variables().text(VAR_ALASAN_USUL);
    String outcome = hasil + (alasan.isEmpty() ? "" : ": " + alasan);
    repository.markUsulRefused(step.id(), outcome);
    repository.event(step.id(), "USUL_" + hasil, "Usul " + repository.get(step.id()).numberName() + " " + outcome,
        null);
    return Result.NOTHING;
  }
}
