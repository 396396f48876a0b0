package id.asn.workflow.recruitment;

/**
 * The PNS integrated final score (Lampiran I V.D.4): {@code skdPercent} % of the SKD total out of {@code skdMax}
 * and {@code skbPercent} % of the SKB score out of {@code skbMax}, the year's {@link ScoreScale}. The ranking's SQL
 * and the announcement's form text are both written from this one record; the ranking orders on the exact integer
 * {@code skd × skdFactor + skb × skbFactor}, the score times {@code denominator}.
 */
record IntegrationFormula(int skdPercent, int skdMax, int skbPercent, int skbMax) {

  long skdFactor() {
    return (long) skdPercent * skbMax;
  }

  long skbFactor() {
    return (long) skbPercent * skdMax;
  }

  long denominator() {
    return (long) skdMax * skbMax;
  }

  /** The SQL expression of the exact ordering value over the columns given. */
  String orderingSql(String skd, String skb) {
    return skd + " * " + skdFactor() + " + " + skb + " * " + skbFactor();
  }

  /** As the committee and the PPK read it. */
  String text() {
    return skdPercent + "% SKD (dari " + skdMax + ") + " + skbPercent + "% SKB (dari " + skbMax + ")";
  }
}
