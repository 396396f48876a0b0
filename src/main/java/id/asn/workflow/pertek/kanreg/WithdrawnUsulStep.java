package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.pertek.UsulOutcomes;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The instansi withdrew a PNS usul waiting for its correction: it ends without a Pertek. */
@Component
class WithdrawnUsulStep implements ServiceTaskHandler {

  private final PertekService pertek;
  private final UsulOutcomes outcomes;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_CATAT_PENARIKAN), VAR_USUL_ID, null);

  WithdrawnUsulStep(PertekService pertek, UsulOutcomes outcomes) {
    this.pertek = pertek;
    this.outcomes = outcomes;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    pertek.withdrawn(step.id());
    outcomes.decided(step.id(), UsulOutcomes.DITARIK, pertek.usul(step.id()).alasan(), null);
    return Result.NOTHING;
  }
}
