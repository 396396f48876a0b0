package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Pertek.*;

import id.asn.workflow.pertek.PertekService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** TMS: the usul is rejected for good and the instansi told why. */
@Component("rejectUsulDelegate")
class RejectUsulDelegate implements JavaDelegate {

  private final PertekService pertek;
  private final UsulOutcomeRelay outcomes;

  RejectUsulDelegate(PertekService pertek, UsulOutcomeRelay outcomes) {
    this.pertek = pertek;
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String usulId = (String) execution.getVariable(VAR_USUL_ID);
    String alasan = (String) execution.getVariable(VAR_ALASAN_VERIFIKASI);
    pertek.reject(usulId, alasan);
    outcomes.decided(usulId, UsulOutcomeRelay.TMS, alasan, null);
  }
}
