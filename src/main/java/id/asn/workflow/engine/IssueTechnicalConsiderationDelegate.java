package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Kebutuhan.*;

import id.asn.workflow.workforce.PlanningSteps;
import id.asn.workflow.workforce.SubmissionDeadline;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** TERBITKAN: the Pertimbangan Teknis gets its number (kept on a retry) and the instansi can download it. */
@Component("issueTechnicalConsiderationDelegate")
class IssueTechnicalConsiderationDelegate implements JavaDelegate {

  private final PlanningSteps steps;
  private final Clock clock;

  IssueTechnicalConsiderationDelegate(PlanningSteps steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = clock.instant();
    String nomor = steps.issue((String) execution.getVariable(VAR_PENYUSUNAN_ID),
        LocalDate.ofInstant(now, SubmissionDeadline.ZONE), now);
    execution.setVariable(VAR_NOMOR_PERTIMBANGAN, nomor);
  }
}
