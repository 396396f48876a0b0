package id.asn.workflow.engine;

import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.workforce.EffectiveHours;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Effective working hours from the decision table jamKerjaEfektif; a public rule. */
@Component
class DmnEffectiveHours implements EffectiveHours {

  static final String DECISION_JAM_KERJA_EFEKTIF = "jamKerjaEfektif";

  private final DecisionService decisions;

  DmnEffectiveHours(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public int perYear(int tahun) {
    return WithoutAuthorization.call(() -> {
      DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_JAM_KERJA_EFEKTIF,
          Map.of("tahun", tahun)).getFirstResult();
      if (row == null || !(row.get("jamPerTahun") instanceof Number hours) || hours.intValue() <= 0) {
        throw Refusal.conflict("Tabel jam kerja efektif (processes/jam-kerja-efektif.dmn) tidak memuat jam kerja "
            + "efektif yang sah untuk tahun " + tahun + "; administrator perlu melengkapinya (docs/rules.md)");
      }
      return hours.intValue();
    });
  }
}
