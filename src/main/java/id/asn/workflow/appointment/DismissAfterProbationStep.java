package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.CPNS;

import id.asn.workflow.kernel.ServiceTaskHandler;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_BerhentikanTidakLulus: not passing the integrated training, or passing it but not healthy; dismissed
 * with honour (VII.A.1, VII.B.1, VII.B.3.a-b).
 */
@Component
class DismissAfterProbationStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(CPNS, "ServiceTask_BerhentikanTidakLulus");

  private final AppointmentRepository repository;

  DismissAfterProbationStep(AppointmentRepository repository) {
    this.repository = repository;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    Pengangkatan p = repository.get(step.id());
    DismissalGround ground = "LULUS".equals(p.hasilLatsar()) ? DismissalGround.TIDAK_SEHAT
        : DismissalGround.TIDAK_LULUS_DIKLAT;
    repository.dismissAfterProbation(step.id(), ground);
    repository.event(step.id(), "DIBERHENTIKAN", ground.label() + ": " + ground.kelas().label() + " ("
        + ground.reference() + ")", null);
    return Result.NOTHING;
  }
}
