package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.Pertek.VAR_USUL_ID;

import id.asn.workflow.pertek.PertekService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** SETUJU: the Pertek is issued and the instansi told. */
@Component("signPertekDelegate")
class SignPertekDelegate implements JavaDelegate {

  private final PertekService pertek;

  SignPertekDelegate(PertekService pertek) {
    this.pertek = pertek;
  }

  @Override
  public void execute(DelegateExecution execution) {
    pertek.issue((String) execution.getVariable(VAR_USUL_ID));
  }
}
