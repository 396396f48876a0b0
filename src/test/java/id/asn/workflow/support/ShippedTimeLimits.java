package id.asn.workflow.support;

import id.asn.workflow.calendar.TimeLimit;
import id.asn.workflow.calendar.TimeLimits;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;

/** The time limits of the shipped processes/tenggat.dmn, for rule tests without the application. */
public final class ShippedTimeLimits implements TimeLimits {

  public static final ShippedTimeLimits INSTANCE = new ShippedTimeLimits();

  private ShippedTimeLimits() {}

  @Override
  public TimeLimit of(String tenggat) {
    DmnDecisionRuleResult row = ShippedDecisionTables.row("tenggat.dmn", "tenggat", Map.of("tenggat", tenggat));
    return new TimeLimit(tenggat, ((Number) row.get("jumlah")).intValue(),
        TimeLimit.Satuan.valueOf((String) row.get("satuan")));
  }
}
