package id.asn.workflow.sla;

/**
 * Count, mean, percentiles and maximum of a set of durations in whole seconds. Empty: count 0, the rest null.
 * Percentiles are nearest-rank: see {@link DurationHistogram}.
 */
record DurationStats(long jumlah, Double rataRataDetik, Long p50Detik, Long p90Detik, Long p95Detik,
    Long maksDetik) {

  public static final DurationStats EMPTY = new DurationStats(0, null, null, null, null, null);
}
