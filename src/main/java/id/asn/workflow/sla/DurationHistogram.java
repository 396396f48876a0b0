package id.asn.workflow.sla;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Durations as a frequency table of whole seconds (what the database returns grouped), plus the exact sum in
 * milliseconds for the mean. Percentiles are <b>nearest-rank</b>: the p-th percentile of n values sorted
 * ascending is the value at rank ⌈p/100 · n⌉ (1-based), i.e. the smallest value such that at least p % of the
 * values are less than or equal to it. It is always one of the measured values (no interpolation).
 */
final class DurationHistogram {

  private final TreeMap<Long, Long> counts = new TreeMap<>();
  private long jumlah;
  private long totalMs;

  /** Adds {@code count} durations of {@code seconds} whole seconds whose exact sum is {@code sumMs}. */
  public void add(long seconds, long count, long sumMs) {
    if (count <= 0) {
      return;
    }
    counts.merge(seconds, count, Long::sum);
    jumlah += count;
    totalMs += sumMs;
  }

  /** Adds one duration given in milliseconds. */
  public void addMillis(long millis) {
    add(millis / 1000, 1, millis);
  }

  public void addAll(DurationHistogram other) {
    other.counts.forEach((seconds, count) -> counts.merge(seconds, count, Long::sum));
    jumlah += other.jumlah;
    totalMs += other.totalMs;
  }

  public long jumlah() {
    return jumlah;
  }

  public NavigableMap<Long, Long> counts() {
    return java.util.Collections.unmodifiableNavigableMap(counts);
  }

  /** The nearest-rank percentile, {@code 1 <= p <= 100}; null when empty. Integer arithmetic: no rounding error. */
  public Long percentile(int p) {
    if (p < 1 || p > 100) {
      throw new IllegalArgumentException("percentile must be in [1, 100]: " + p);
    }
    if (jumlah == 0) {
      return null;
    }
    long rank = (p * jumlah + 99) / 100; // ⌈p·n/100⌉
    long seen = 0;
    for (Map.Entry<Long, Long> entry : counts.entrySet()) {
      seen += entry.getValue();
      if (seen >= rank) {
        return entry.getKey();
      }
    }
    return counts.lastKey();
  }

  /** Mean in seconds, one decimal; null when empty. */
  public Double mean() {
    return jumlah == 0 ? null : Math.round(totalMs / (double) jumlah / 100.0) / 10.0;
  }

  public DurationStats stats() {
    if (jumlah == 0) {
      return DurationStats.EMPTY;
    }
    return new DurationStats(jumlah, mean(), percentile(50), percentile(90), percentile(95), counts.lastKey());
  }

  /** Share in percent with one decimal, null when nothing was counted. */
  public static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
  }
}
