package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Kebutuhan.VAR_PENYUSUNAN_ID;

import id.asn.workflow.workforce.PlanningSteps;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline is near and the proposal not yet submitted: the instansi is warned, once per deadline. */
@Component("warnSubmissionDeadlineDelegate")
class WarnSubmissionDeadlineDelegate implements JavaDelegate {

  private final PlanningSteps steps;
  private final Clock clock;

  WarnSubmissionDeadlineDelegate(PlanningSteps steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.warn((String) execution.getVariable(VAR_PENYUSUNAN_ID), clock.instant());
  }
}
