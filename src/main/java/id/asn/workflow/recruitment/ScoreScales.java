package id.asn.workflow.recruitment;

/** The score scale of a budget year: the decision tables of {@code processes/nilai-seleksi.dmn}, read in the engine. */
public interface ScoreScales {

  /**
   * @throws id.asn.workflow.kernel.Refusal (409) when the tables hold no row for the year: missing reference data,
   *     which an administrator adds (docs/rules.md)
   */
  ScoreScale of(int tahun);
}
