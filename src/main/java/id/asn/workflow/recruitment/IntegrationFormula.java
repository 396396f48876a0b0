package id.asn.workflow.recruitment;

/**
 * The PNS integrated final score (Lampiran I V.D.4): 40 % of the SKD total out of 550 and 60 % of the SKB score out
 * of 100. The ranking's SQL and the announcement's form text are both written from this one record; the ranking
 * orders on the exact integer {@code skd × skdFactor + skb × skbFactor}, the score times {@code denominator}.
 */
record IntegrationFormula(int skdPercent, int skdMax, int skbPercent, int skbMax) {

  static final IntegrationFormula PNS = new IntegrationFormula(40, 550, 60, 100);

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
