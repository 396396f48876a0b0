package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Kebutuhan.*;

import id.asn.workflow.workforce.PlanningSteps;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The proposal (or its correction) reaches BKN: recorded with its time, the first one judged on time or late. */
@Component("recordSubmissionDelegate")
class RecordSubmissionDelegate implements JavaDelegate {

  private final PlanningSteps steps;
  private final Clock clock;

  RecordSubmissionDelegate(PlanningSteps steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean late = steps.recordSubmission((String) execution.getVariable(VAR_PENYUSUNAN_ID),
        clock.instant());
    execution.setVariable(VAR_TERLAMBAT, late);
  }
}
