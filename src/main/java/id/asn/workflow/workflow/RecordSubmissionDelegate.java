package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.Kebutuhan.*;

import id.asn.workflow.workforce.PlanningSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The proposal (or its correction) reaches BKN: recorded with its time, the first one judged on time or late. */
@Component("recordSubmissionDelegate")
class RecordSubmissionDelegate implements JavaDelegate {

  private final PlanningSteps steps;

  RecordSubmissionDelegate(PlanningSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean late = steps.recordSubmission((String) execution.getVariable(VAR_PENYUSUNAN_ID),
        ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(VAR_TERLAMBAT, late);
  }
}
