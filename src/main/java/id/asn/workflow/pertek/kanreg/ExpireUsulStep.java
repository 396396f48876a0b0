package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.pertek.UsulOutcomes;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The correction limit passed with no correction: the usul is closed. */
@Component
class ExpireUsulStep implements ServiceTaskHandler {

  static final String ALASAN = "Batas waktu perbaikan lewat tanpa perbaikan";

  private final PertekService pertek;
  private final UsulOutcomes outcomes;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_KEDALUWARSA), VAR_USUL_ID, null);

  ExpireUsulStep(PertekService pertek, UsulOutcomes outcomes) {
    this.pertek = pertek;
    this.outcomes = outcomes;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    pertek.expire(step.id());
    outcomes.decided(step.id(), UsulOutcomes.KEDALUWARSA, ALASAN, null);
    return Result.NOTHING;
  }
}
