package id.asn.workflow.workforce;

import static id.asn.workflow.workforce.KebutuhanProcess.*;

import id.asn.workflow.kernel.ServiceTaskHandler;
import java.util.Set;
import org.springframework.stereotype.Component;

/** BKN sends the proposal back (from the analysis or the technical consideration): the instansi is told why. */
@Component
class ReturnProposalStep implements ServiceTaskHandler {

  private final PlanningRepository plannings;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_KEMBALIKAN), VAR_PENYUSUNAN_ID, null);

  ReturnProposalStep(PlanningRepository plannings) {
    this.plannings = plannings;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    String alasan = (String) step.variables().raw(VAR_ALASAN_PENGEMBALIAN);
    plannings.setReturnReason(step.id(), alasan);
    plannings.addEvent(step.id(), "DIKEMBALIKAN", "Usul dikembalikan BKN untuk diperbaiki: " + alasan, null, step.now());
    return Result.NOTHING;
  }
}
