package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.Pertek.VAR_USUL_ID;

import id.asn.workflow.pertek.PertekService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No correction arrived in time: the usul expires. */
@Component("expireUsulDelegate")
class ExpireUsulDelegate implements JavaDelegate {

  private final PertekService pertek;

  ExpireUsulDelegate(PertekService pertek) {
    this.pertek = pertek;
  }

  @Override
  public void execute(DelegateExecution execution) {
    pertek.expire((String) execution.getVariable(VAR_USUL_ID));
  }
}
