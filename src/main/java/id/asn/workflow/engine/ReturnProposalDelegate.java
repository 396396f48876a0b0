package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Kebutuhan.VAR_PENYUSUNAN_ID;

import id.asn.workflow.workforce.PlanningSteps;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BKN sends the proposal back (from the analysis or the technical consideration): the instansi is told why. */
@Component("returnProposalDelegate")
class ReturnProposalDelegate implements JavaDelegate {

  private final PlanningSteps steps;
  private final Clock clock;

  ReturnProposalDelegate(PlanningSteps steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.returnToInstansi((String) execution.getVariable(VAR_PENYUSUNAN_ID),
        (String) execution.getVariable(PlanningSteps.VAR_ALASAN_PENGEMBALIAN), clock.instant());
  }
}
