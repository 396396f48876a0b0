package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles: the value at rank ⌈p/100 · n⌉ of the sorted durations. */
class DurationHistogramTest {

  private static DurationHistogram of(long... seconds) {
    DurationHistogram h = new DurationHistogram();
    for (long s : seconds) {
      h.addMillis(s * 1000);
    }
    return h;
  }

  @Test
  void tenValuesGiveTheFifthNinthAndTenthAsP50P90P95() {
    DurationStats stats = of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1).stats();
    assertThat(stats).isEqualTo(new DurationStats(10, 5.5, 5L, 9L, 10L, 10L));
  }

  @Test
  void twentyValuesGiveRanksTenEighteenAndNineteen() {
    long[] values = new long[20];
    for (int i = 0; i < 20; i++) {
      values[i] = (i + 1) * 10L;
    }
    DurationHistogram h = of(values);
    assertThat(h.percentile(50)).isEqualTo(100);
    assertThat(h.percentile(90)).isEqualTo(180);
    assertThat(h.percentile(95)).isEqualTo(190);
    assertThat(h.percentile(100)).isEqualTo(200);
    assertThat(h.percentile(1)).isEqualTo(10);
  }

  @Test
  void aPercentileIsAlwaysAMeasuredValueNeverAnInterpolation() {
    DurationHistogram h = of(100, 700);
    assertThat(h.percentile(50)).isEqualTo(100);
    assertThat(h.percentile(51)).isEqualTo(700);
    assertThat(h.stats().rataRataDetik()).isEqualTo(400.0);
  }

  @Test
  void groupedCountsEqualTheSameValuesOneByOne() {
    DurationHistogram grouped = new DurationHistogram();
    grouped.add(60, 3, 3 * 60_400);
    grouped.add(700, 1, 700_000);
    DurationHistogram single = new DurationHistogram();
    single.addMillis(60_400);
    single.addMillis(60_400);
    single.addMillis(60_400);
    single.addMillis(700_000);
    assertThat(grouped.stats()).isEqualTo(single.stats());
    assertThat(grouped.stats()).isEqualTo(new DurationStats(4, 220.3, 60L, 700L, 700L, 700L));
  }

  @Test
  void theMeanKeepsTheMillisecondsThatWholeSecondsDrop() {
    DurationHistogram h = new DurationHistogram();
    h.addMillis(599_999);
    h.addMillis(600_001);
    assertThat(h.percentile(50)).isEqualTo(599);
    assertThat(h.mean()).isEqualTo(600.0);
  }

  @Test
  void mergingAddsCounts() {
    DurationHistogram a = of(1, 2);
    a.addAll(of(3, 4));
    assertThat(a.stats()).isEqualTo(new DurationStats(4, 2.5, 2L, 4L, 4L, 4L));
  }

  @Nested
  class EdgeCases {
    @Test
    void emptyHasNoFigures() {
      assertThat(new DurationHistogram().stats()).isEqualTo(DurationStats.EMPTY);
      assertThat(new DurationHistogram().percentile(50)).isNull();
    }

    @Test
    void oneValueIsEveryPercentile() {
      assertThat(of(42).stats()).isEqualTo(new DurationStats(1, 42.0, 42L, 42L, 42L, 42L));
    }

    @Test
    void percentilesOutsideOneToHundredAreRefused() {
      assertThatThrownBy(() -> of(1).percentile(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> of(1).percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentIsRoundedToOneDecimalAndAbsentForNothing() {
      assertThat(DurationHistogram.percent(2, 3)).isEqualTo(66.7);
      assertThat(DurationHistogram.percent(0, 0)).isNull();
    }
  }
}
