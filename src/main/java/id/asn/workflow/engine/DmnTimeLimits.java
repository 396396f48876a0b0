package id.asn.workflow.engine;

import id.asn.workflow.calendar.TimeLimit;
import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.kernel.Refusal;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Time limits from the decision table tenggat, the latest version deployed; a public rule, like the thresholds. */
@Component
class DmnTimeLimits implements TimeLimits {

  static final String DECISION_TENGGAT = "tenggat";

  private final DecisionService decisions;

  DmnTimeLimits(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public TimeLimit of(String tenggat) {
    return WithoutAuthorization.call(() -> {
      DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_TENGGAT, Map.of("tenggat", tenggat))
          .getFirstResult();
      if (row == null || !(row.get("jumlah") instanceof Number jumlah)) {
        throw Refusal.conflict("Tabel tenggat (processes/tenggat.dmn) tidak memuat jumlah untuk tenggat '" + tenggat
            + "'; administrator perlu melengkapinya (docs/rules.md)");
      }
      return new TimeLimit(tenggat, jumlah.intValue(), unit(tenggat, row.get("satuan")));
    });
  }

  private static TimeLimit.Satuan unit(String tenggat, Object satuan) {
    for (TimeLimit.Satuan known : TimeLimit.Satuan.values()) {
      if (known.name().equals(satuan)) {
        return known;
      }
    }
    throw Refusal.conflict("Tabel tenggat (processes/tenggat.dmn): satuan tenggat '" + tenggat + "' adalah '" + satuan
        + "', bukan salah satu dari " + Arrays.toString(TimeLimit.Satuan.values()));
  }
}
