package id.asn.workflow.engine;

import static id.asn.workflow.appointment.PengangkatanProcess.*;

import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.pertek.UsulOutcomes;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Tells a pengangkatanCpns or pengangkatanPppk instance waiting for a usul what the Kanreg decided, in the transaction of the
 * pertekNiCasn step that decided it. A usul that no appointment waits for (one an operator sent through the API)
 * is nobody's business here: nothing is correlated.
 */
@Component
class UsulOutcomeRelay implements UsulOutcomes {

  private final RuntimeService runtimeService;

  UsulOutcomeRelay(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void decided(String usulId, String hasil, String alasan, String nomorInduk) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_HASIL_USUL, hasil);
    variables.put(VAR_ALASAN_USUL, alasan);
    variables.put(VAR_NOMOR_INDUK, nomorInduk);
    WithoutAuthorization.run(() -> runtimeService.createMessageCorrelation(MESSAGE_HASIL_USUL)
        .processInstanceVariableEquals(PertekProcess.VAR_USUL_ID, usulId)
        .setVariables(variables)
        .correlateAllWithResult());
  }
}
