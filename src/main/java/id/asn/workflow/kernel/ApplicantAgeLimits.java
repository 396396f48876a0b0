package id.asn.workflow.kernel;

/** The applicants' age limits: the decision table {@code processes/batas-usia-pelamar.dmn}, read in the engine. */
public interface ApplicantAgeLimits {

  /** @throws Refusal (409) when the table lacks a row or a value: missing reference data (docs/rules.md) */
  ApplicantAge current();
}
