package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.PengadaanPppk.DECISION_AMBANG_BATAS_PPPK;

import id.asn.workflow.recruitment.PppkThreshold;
import id.asn.workflow.recruitment.PppkThresholds;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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
    Callable<PppkThreshold> evaluate = () -> {
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
    };
    CommandContext context = Context.getCommandContext();
    try {
      return context == null ? evaluate.call() : context.runWithoutAuthorization(evaluate);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Integer integer(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}
