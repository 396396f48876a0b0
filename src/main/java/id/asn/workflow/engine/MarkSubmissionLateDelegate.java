package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Kebutuhan.*;

import id.asn.workflow.workforce.PlanningSteps;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The deadline passed before the submission: the planning is marked late (the form shows it); the instansi may still submit. */
@Component("markSubmissionLateDelegate")
class MarkSubmissionLateDelegate implements JavaDelegate {

  private final PlanningSteps steps;
  private final Clock clock;

  MarkSubmissionLateDelegate(PlanningSteps steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(VAR_PENYUSUNAN_ID);
    steps.markLate(id, clock.instant());
    execution.setVariable(VAR_TERLAMBAT, true);
    // the open task's form says so at once
    execution.setVariables(steps.instansiFormVariables(steps.planning(id)));
  }
}
