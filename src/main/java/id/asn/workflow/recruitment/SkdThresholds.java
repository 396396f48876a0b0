package id.asn.workflow.recruitment;

/**
 * The SKD thresholds the Minister sets per year and category. The rule is data, the decision table
 * {@code processes/ambang-batas-skd.dmn}, evaluated in the engine package.
 */
public interface SkdThresholds {

  /** @throws UnknownThresholdException when the table has no row for the year and category */
  SkdThreshold of(int tahun, Kategori kategori);

  /** No threshold is known for the year: the SKD cannot be decided until the table is updated. */
  class UnknownThresholdException extends RuntimeException {
    public UnknownThresholdException(int tahun, Kategori kategori) {
      super("Nilai ambang batas SKD tahun " + tahun + " kategori " + kategori
          + " belum ada di tabel keputusan ambangBatasSkd");
    }
  }
}
