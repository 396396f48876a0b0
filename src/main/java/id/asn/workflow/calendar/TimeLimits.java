package id.asn.workflow.calendar;

/** The time limits regulations set, by kind: the decision table {@code processes/tenggat.dmn}, read in the engine. */
public interface TimeLimits {

  /**
   * The latest version's row for the kind.
   *
   * @throws id.asn.workflow.kernel.Refusal (409) when the table has no such row or its unit is not one of
   *     {@link TimeLimit.Satuan}: missing reference data, which an administrator mends (docs/rules.md)
   */
  TimeLimit of(String tenggat);
}
