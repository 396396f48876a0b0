package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;

import id.asn.workflow.kernel.ServiceTaskHandler;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_BatalkanNip: the candidate left after the NIP and before the decree; BKN cancels the NIP (VI.A.6.h.1)
 * and the vacancy is not refilled this year.
 */
@Component
class CancelNipStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(BOTH, "ServiceTask_BatalkanNip");

  private final AppointmentRepository repository;

  CancelNipStep(AppointmentRepository repository) {
    this.repository = repository;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    Pengangkatan p = repository.get(step.id());
    repository.markNipCancelled(step.id());
    repository.event(step.id(), "NIP_DIBATALKAN", "Pembatalan NIP " + p.nomorInduk() + " (" + p.alasanBerhenti()
        + "); formasi tidak dapat diisi kembali pada tahun anggaran berjalan", null);
    return Result.NOTHING;
  }
}
