package id.asn.workflow.calendar;

import java.util.HashMap;
import java.util.Map;

/** The time limits regulations set, by kind: the decision table {@code processes/tenggat.dmn}, read in the engine. */
public interface TimeLimits {

  /**
   * The latest version's row for the kind.
   *
   * @throws id.asn.workflow.kernel.Refusal (409) when the table has no such row or its unit is not one of
   *     {@link TimeLimit.Satuan}: missing reference data, which an administrator mends (docs/rules.md)
   */
  TimeLimit of(String tenggat);

  /**
   * The limits as form variables, so that a form states the rule from the table and not from its own text:
   * {@code tenggatPengumumanLowongan = "15 hari kalender"} for the kind {@code pengumumanLowongan}.
   */
  default Map<String, Object> formTexts(String... kinds) {
    Map<String, Object> texts = new HashMap<>();
    for (String kind : kinds) {
      texts.put(formVariable(kind), of(kind).text());
    }
    return texts;
  }

  static String formVariable(String kind) {
    return "tenggat" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
  }
}
