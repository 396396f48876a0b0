package id.asn.workflow.engine;

import static id.asn.workflow.recruitment.PengadaanProcess.DECISION_AMBANG_BATAS_SKD;

import id.asn.workflow.recruitment.Kategori;
import id.asn.workflow.recruitment.SkdThreshold;
import id.asn.workflow.recruitment.SkdThresholds;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * SKD thresholds from the decision table ambangBatasSkd. A public rule: evaluated without the authorization of
 * whoever reads a result or completes the task that needs it.
 */
@Component
class DmnSkdThresholds implements SkdThresholds {

  private final DecisionService decisions;

  DmnSkdThresholds(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public SkdThreshold of(int tahun, Kategori kategori) {
    return WithoutAuthorization.call(() -> {
      DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_AMBANG_BATAS_SKD,
          Map.of("tahun", tahun, "kategori", kategori.name())).getFirstResult();
      if (row == null) {
        throw new UnknownThresholdException(tahun, kategori);
      }
      return new SkdThreshold(integer(row.get("twk")), integer(row.get("tiu")), integer(row.get("tkp")),
          integer(row.get("total")));
    });
  }

  private static Integer integer(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }
}
