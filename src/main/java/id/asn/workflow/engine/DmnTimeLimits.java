package id.asn.workflow.engine;

import id.asn.workflow.calendar.TimeLimit;
import id.asn.workflow.calendar.TimeLimits;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Time limits from the decision table tenggat, the latest version deployed; a public rule, like the thresholds. */
@Component
class DmnTimeLimits implements TimeLimits {

  static final String DECISION_TENGGAT = "tenggat";

  private final DecisionRows rows;

  DmnTimeLimits(DecisionService decisions) {
    this.rows = new DecisionRows(decisions, DECISION_TENGGAT, "Tabel tenggat (processes/tenggat.dmn)");
  }

  @Override
  public TimeLimit of(String tenggat) {
    DmnDecisionRuleResult row = rows.row(Map.of("tenggat", tenggat));
    int jumlah = rows.number(row, "jumlah", "jumlah untuk tenggat '" + tenggat + "'");
    for (TimeLimit.Satuan unit : TimeLimit.Satuan.values()) {
      if (unit.name().equals(row.get("satuan"))) {
        return new TimeLimit(tenggat, jumlah, unit);
      }
    }
    throw rows.missing("satuan yang dikenal untuk tenggat '" + tenggat + "' (ada '" + row.get("satuan") + "', bukan "
        + "salah satu dari " + Arrays.toString(TimeLimit.Satuan.values()) + ")");
  }
}
