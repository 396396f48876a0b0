package id.asn.workflow.engine;

import static id.asn.workflow.recruitment.PengadaanPppkProcess.DECISION_AMBANG_BATAS_PPPK;

import id.asn.workflow.recruitment.PppkThreshold;
import id.asn.workflow.recruitment.PppkThresholds;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * PPPK thresholds from the decision table ambangBatasPppk. A public rule: evaluated without the authorization of
 * whoever reads a result or completes the task that needs it.
 */
@Component
class DmnPppkThresholds implements PppkThresholds {

  private final DecisionService decisions;

  DmnPppkThresholds(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public PppkThreshold of(int tahun, boolean sertifikasiWajib, Integer ambangTeknisJabatan) {
    return WithoutAuthorization.call(() -> {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put("tahun", tahun);
      inputs.put("sertifikasiWajib", sertifikasiWajib);
      inputs.put("ambangTeknisJabatan", ambangTeknisJabatan);
      DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_AMBANG_BATAS_PPPK, inputs)
          .getFirstResult();
      if (row == null) {
        throw new UnknownThresholdException(tahun, sertifikasiWajib, ambangTeknisJabatan);
      }
      return new PppkThreshold(integer(row.get("teknis")), integer(row.get("manajerialSosialKultural")),
          integer(row.get("wawancara")));
    });
  }

  private static Integer integer(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}
