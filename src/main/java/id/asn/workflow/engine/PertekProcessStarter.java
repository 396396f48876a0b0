package id.asn.workflow.engine;

import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.pertek.UsulWorkflow;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.pertek.UsulRepository;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts a pertekNiCasn instance per usul and delivers the instansi's corrections and withdrawals to it. */
@Component
class PertekProcessStarter implements UsulWorkflow {

  private final RuntimeService runtimeService;
  private final UsulRepository usuls;

  PertekProcessStarter(RuntimeService runtimeService, UsulRepository usuls) {
    this.runtimeService = runtimeService;
    this.usuls = usuls;
  }

  @Override
  public void submitted(String usulId) {
    Map<String, Object> variables = new HashMap<>(candidate(usulId));
    variables.put(PertekProcess.VAR_USUL_ID, usulId);
    runtimeService.startProcessInstanceByKey(PertekProcess.PROCESS, usulId, variables);
  }

  /** Cockpit searches instances by variable: a supervisor finds an usul by the candidate's nomor peserta or name. */
  private Map<String, Object> candidate(String usulId) {
    return usuls.findById(usulId).<Map<String, Object>>map(u -> Map.of(PertekProcess.VAR_NOMOR_PESERTA, u.nomorPeserta(),
        PertekProcess.VAR_NAMA_PESERTA, u.nama())).orElse(Map.of());
  }

  @Override
  public void corrected(String usulId) {
    try {
      runtimeService.createMessageCorrelation(PertekProcess.MESSAGE_PERBAIKAN)
          .processInstanceBusinessKey(usulId)
          .setVariables(candidate(usulId))
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
