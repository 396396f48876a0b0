package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The live timer's service-level bucket follows the task's standard, also after the standard changes. */
class SlaMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final SlaMetrics metrics = new SlaMetrics(registry);

  private static MeasuredTask pass(long seconds) {
    Instant created = Instant.parse("2030-02-04T01:00:00Z");
    Instant done = created.plusSeconds(seconds);
    return new MeasuredTask("t" + seconds, "pertekNiCasn", "verifikasiUsul", "u", "KabBatang", "pemroses1", created,
        null, done, LocalDate.of(2030, 2, 4), seconds * 1000, null, created.plusSeconds(600), seconds <= 600, false);
  }

  private static SlaStandard standard(int seconds) {
    return new SlaStandard("pertekNiCasn", "verifikasiUsul", "Verifikasi", seconds, null, 90);
  }

  private double[] bucketsAndCounts(Timer timer) {
    return Arrays.stream(timer.takeSnapshot().histogramCounts()).flatMapToDouble(b -> java.util.stream.DoubleStream.of(
        b.bucket(java.util.concurrent.TimeUnit.SECONDS), b.count())).toArray();
  }

  @Test
  void theBucketIsAtTheStandardAndMovesWhenItChanges() {
    metrics.completed(pass(500), standard(600));
    metrics.completed(pass(700), standard(600));
    Timer timer = registry.find(SlaMetrics.TIMER).tag("kegiatan", "verifikasiUsul").timer();
    assertThat(bucketsAndCounts(timer)).containsExactly(600, 1);

    metrics.standardChanged("pertekNiCasn", "verifikasiUsul");
    metrics.completed(pass(700), standard(900));
    Timer changed = registry.find(SlaMetrics.TIMER).tag("kegiatan", "verifikasiUsul").timer();
    assertThat(bucketsAndCounts(changed)).containsExactly(900, 1);
    assertThat(changed.count()).isOne();
  }

  @Test
  void aStandardInWorkingDaysHasNoBucket() {
    metrics.completed(pass(500), new SlaStandard("pengadaanPns", "verifikasiUsul", "Hari kerja", null, 5, 90));
    Timer timer = registry.find(SlaMetrics.TIMER).timer();
    assertThat(timer.takeSnapshot().histogramCounts()).isEmpty();
    assertThat(timer.count()).isOne();
  }
}
