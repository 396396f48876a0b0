package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.Pertek.*;

import id.asn.workflow.pertek.PertekService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** TMS: the usul is rejected for good and the instansi told why. */
@Component("rejectUsulDelegate")
class RejectUsulDelegate implements JavaDelegate {

  private final PertekService pertek;

  RejectUsulDelegate(PertekService pertek) {
    this.pertek = pertek;
  }

  @Override
  public void execute(DelegateExecution execution) {
    pertek.reject((String) execution.getVariable(VAR_USUL_ID), (String) execution.getVariable(VAR_ALASAN_VERIFIKASI));
  }
}
