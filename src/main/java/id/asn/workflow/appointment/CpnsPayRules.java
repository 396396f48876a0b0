package id.asn.workflow.appointment;

/** The CPNS pay rule of a year: the decision table {@code processes/gaji-cpns.dmn}, read in the engine. */
public interface CpnsPayRules {

  /** @throws id.asn.workflow.kernel.Refusal (409) when the table holds no row for the year (docs/rules.md) */
  CpnsPayRule of(int tahun);
}
