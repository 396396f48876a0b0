package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.pertek.UsulOutcomes;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The signer approved: the Pertek is signed, sent to the instansi, and whoever waits for the usul is told. */
@Component
class SignPertekStep implements ServiceTaskHandler {

  private final PertekService pertek;
  private final UsulOutcomes outcomes;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_TANDA_TANGANI), VAR_USUL_ID, null);

  SignPertekStep(PertekService pertek, UsulOutcomes outcomes) {
    this.pertek = pertek;
    this.outcomes = outcomes;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    pertek.issue(step.id());
    outcomes.decided(step.id(), UsulOutcomes.MS, null, pertek.usul(step.id()).nomorInduk());
    return Result.NOTHING;
  }
}
