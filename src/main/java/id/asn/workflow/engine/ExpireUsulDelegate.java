package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Pertek.VAR_USUL_ID;

import id.asn.workflow.pertek.PertekService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No correction arrived in time: the usul expires. */
@Component("expireUsulDelegate")
class ExpireUsulDelegate implements JavaDelegate {

  private final PertekService pertek;
  private final UsulOutcomeRelay outcomes;

  ExpireUsulDelegate(PertekService pertek, UsulOutcomeRelay outcomes) {
    this.pertek = pertek;
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String usulId = (String) execution.getVariable(VAR_USUL_ID);
    pertek.expire(usulId);
    outcomes.decided(usulId, UsulOutcomeRelay.KEDALUWARSA, "Batas waktu perbaikan lewat tanpa perbaikan", null);
  }
}
