package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Pertek.VAR_USUL_ID;

import id.asn.workflow.pertek.PertekService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** SETUJU: the Pertek is issued and the instansi told (and an appointment waiting for the NIP). */
@Component("signPertekDelegate")
class SignPertekDelegate implements JavaDelegate {

  private final PertekService pertek;
  private final UsulOutcomeRelay outcomes;

  SignPertekDelegate(PertekService pertek, UsulOutcomeRelay outcomes) {
    this.pertek = pertek;
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String usulId = (String) execution.getVariable(VAR_USUL_ID);
    pertek.issue(usulId);
    outcomes.decided(usulId, UsulOutcomeRelay.MS, null, pertek.usul(usulId).nomorInduk());
  }
}
