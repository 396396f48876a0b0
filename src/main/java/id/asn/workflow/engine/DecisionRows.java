package id.asn.workflow.engine;

import id.asn.workflow.kernel.Refusal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;

/**
 * One row of a decree's decision table, as the rule ports read it: the latest deployed version, evaluated on the
 * process's behalf (a public rule), and a missing row or value refused as missing reference data (409) naming
 * the table, so that the administrator knows what to add (docs/rules.md).
 */
final class DecisionRows {

  private final DecisionService decisions;
  private final String key;
  private final String table;

  /** {@code table}: how an operator knows it, e.g. "Tabel tenggat (processes/tenggat.dmn)". */
  DecisionRows(DecisionService decisions, String key, String table) {
    this.decisions = decisions;
    this.key = key;
    this.table = table;
  }

  /** The first matching row, or null. */
  DmnDecisionRuleResult row(Map<String, Object> inputs) {
    return WithoutAuthorization.call(() -> decisions.evaluateDecisionTableByKey(key, inputs).getFirstResult());
  }

  /** The whole number {@code output} of the row; {@code what} names it in the refusal ("kuota SKB untuk tahun 2025"). */
  int number(DmnDecisionRuleResult row, String output, String what) {
    if (row == null || !(row.get(output) instanceof Number value)) {
      throw missing(what);
    }
    return value.intValue();
  }

  Refusal missing(String what) {
    return Refusal.conflict(table + " tidak memuat " + what + "; administrator perlu melengkapinya (docs/rules.md)");
  }
}
