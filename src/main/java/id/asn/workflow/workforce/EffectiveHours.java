package id.asn.workflow.workforce;

/** Effective working hours a year: the decision table {@code processes/jam-kerja-efektif.dmn}, read in the engine. */
public interface EffectiveHours {

  /** @throws id.asn.workflow.kernel.Refusal (409) when the table holds no row for the year (docs/rules.md) */
  int perYear(int tahun);
}
