package id.asn.workflow.workforce;

/**
 * The retirement age (BUP) of a position level. The rule is data, the decision table
 * {@code processes/batas-usia-pensiun.dmn}; it is evaluated in the engine package, the only one that talks
 * to the engine.
 */
public interface RetirementAges {

  int of(Jenjang jenjang);
}
