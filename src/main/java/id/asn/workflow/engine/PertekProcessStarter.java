package id.asn.workflow.engine;

import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.pertek.UsulWorkflow;
import id.asn.workflow.kernel.Refusal;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts a pertekNiCasn instance per usul and delivers the instansi's corrections and withdrawals to it. */
@Component
class PertekProcessStarter implements UsulWorkflow {

  private final RuntimeService runtimeService;

  PertekProcessStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void submitted(String usulId) {
    runtimeService.startProcessInstanceByKey(PertekProcess.PROCESS, usulId,
        Map.of(PertekProcess.VAR_USUL_ID, usulId));
  }

  @Override
  public void corrected(String usulId) {
    try {
      runtimeService.createMessageCorrelation(PertekProcess.MESSAGE_PERBAIKAN)
          .processInstanceBusinessKey(usulId)
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw Refusal.conflict("Usul " + usulId + " tidak sedang menunggu perbaikan");
    }
  }

  @Override
  public void withdrawn(String usulId) {
    try {
      runtimeService.createMessageCorrelation(PertekProcess.MESSAGE_PENARIKAN)
          .processInstanceBusinessKey(usulId)
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw Refusal.conflict("Usul " + usulId + " tidak sedang menunggu perbaikan tanpa batas waktu; hanya usul PNS "
          + "yang menunggu perbaikan dapat ditarik");
    }
  }
}
