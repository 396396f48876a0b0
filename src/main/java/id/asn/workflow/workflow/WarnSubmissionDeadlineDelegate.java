package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.Kebutuhan.VAR_PENYUSUNAN_ID;

import id.asn.workflow.workforce.PlanningSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The deadline is near and the proposal not yet submitted: the instansi is warned, once per deadline. */
@Component("warnSubmissionDeadlineDelegate")
class WarnSubmissionDeadlineDelegate implements JavaDelegate {

  private final PlanningSteps steps;

  WarnSubmissionDeadlineDelegate(PlanningSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.warn((String) execution.getVariable(VAR_PENYUSUNAN_ID), ClockUtil.getCurrentTime().toInstant());
  }
}
