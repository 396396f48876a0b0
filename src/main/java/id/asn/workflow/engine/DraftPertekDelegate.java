package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Pertek.*;

import id.asn.workflow.pertek.PertekService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** MS: allocate the Nomor Induk (idempotent per usul) and prepare the draft the signer reads. */
@Component("draftPertekDelegate")
class DraftPertekDelegate implements JavaDelegate {

  private final PertekService pertek;

  DraftPertekDelegate(PertekService pertek) {
    this.pertek = pertek;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String usulId = (String) execution.getVariable(VAR_USUL_ID);
    String summary = pertek.draft(usulId, (String) execution.getVariable(VAR_GOLONGAN_RUANG));
    execution.setVariable(VAR_NOMOR_INDUK, pertek.usul(usulId).nomorInduk());
    execution.setVariable(VAR_RINGKASAN_PERTEK, summary);
  }
}
