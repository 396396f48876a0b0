package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.pertek.UsulOutcomes;
import java.util.Set;
import org.springframework.stereotype.Component;

/** TMS: the usul is rejected with the verifier's reason. */
@Component
class RejectUsulStep implements ServiceTaskHandler {

  private final PertekService pertek;
  private final UsulOutcomes outcomes;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_TOLAK), VAR_USUL_ID, null);

  RejectUsulStep(PertekService pertek, UsulOutcomes outcomes) {
    this.pertek = pertek;
    this.outcomes = outcomes;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    String alasan = (String) step.variables().raw(VAR_ALASAN_VERIFIKASI);
    pertek.reject(step.id(), alasan);
    outcomes.decided(step.id(), UsulOutcomes.TMS, alasan, null);
    return Result.NOTHING;
  }
}
