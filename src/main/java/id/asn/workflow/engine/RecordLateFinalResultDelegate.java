package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Pengadaan.VAR_PERIODE_ID;

import id.asn.workflow.recruitment.SeleksiSteps;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The final result is still not announced 30 calendar days after its receipt (V.D.4.c.2): recorded. */
@Component("recordLateFinalResultDelegate")
class RecordLateFinalResultDelegate implements JavaDelegate {

  private final SeleksiSteps steps;
  private final Clock clock;

  RecordLateFinalResultDelegate(SeleksiSteps steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.finalAnnouncementLate((String) execution.getVariable(VAR_PERIODE_ID), clock.instant());
  }
}
