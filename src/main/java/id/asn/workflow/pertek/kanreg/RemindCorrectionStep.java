package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.kernel.ServiceTaskHandler;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A PNS usul still waits for its correction: the instansi is reminded, at the interval the administrator set. */
@Component
class RemindCorrectionStep implements ServiceTaskHandler {

  private final PertekService pertek;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_INGATKAN_PERBAIKAN), VAR_USUL_ID, null);

  RemindCorrectionStep(PertekService pertek) {
    this.pertek = pertek;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    pertek.remindCorrection(step.id());
    return Result.NOTHING;
  }
}
