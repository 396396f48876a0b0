package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Pertek.*;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pertek.PertekService;
import id.asn.workflow.pertek.UsulNi;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Pre-checks a new or corrected usul and prepares what the verifier reads; a new round starts clean. */
@Component("preCheckUsulDelegate")
class PreCheckUsulDelegate implements JavaDelegate {

  private final PertekService pertek;
  private final DecisionService decisions;

  PreCheckUsulDelegate(PertekService pertek, DecisionService decisions) {
    this.pertek = pertek;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String usulId = (String) execution.getVariable(VAR_USUL_ID);
    UsulNi usul = pertek.usul(usulId);
    String golongan = usul.jenisAsn() == JenisAsn.PNS
        ? decisions.evaluateDecisionTableByKey(DECISION_GOLONGAN_RUANG, Map.of("pendidikan", usul.pendidikan()))
            .getSingleEntry()
        : null;
    PertekService.PreCheckResult result = pertek.preCheck(usulId, golongan);
    execution.setVariable(VAR_JENIS_ASN, usul.jenisAsn().name());
    execution.setVariable(VAR_GOLONGAN_RUANG, golongan);
    execution.setVariable(VAR_RINGKASAN_USUL, result.summary());
    execution.setVariable(VAR_JUMLAH_TEMUAN, result.attentionCount());
    execution.removeVariables(List.of(VAR_HASIL_VERIFIKASI, VAR_ALASAN_VERIFIKASI, VAR_KEPUTUSAN, VAR_CATATAN));
  }
}
