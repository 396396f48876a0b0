package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;

import id.asn.workflow.kernel.ServiceTaskHandler;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PanggilPengganti: the candidate left before the NIP; the next in rank of the same formasi gets an
 * appointment and a process of their own (VI.A.6.g), once however often the step runs.
 */
@Component
class CallReplacementStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(BOTH, "ServiceTask_PanggilPengganti");

  private final AppointmentRepository repository;
  private final Replacement replacement;

  CallReplacementStep(AppointmentRepository repository, Replacement replacement) {
    this.repository = repository;
    this.replacement = replacement;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    Pengangkatan p = repository.get(step.id());
    repository.markReplaced(p.id());
    replacement.callNextFor(p, p.alasanBerhenti(), step.now());
    return Result.NOTHING;
  }
}
