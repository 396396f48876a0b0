package id.asn.workflow.sla;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Live timers of completed tasks at /actuator/prometheus: {@code pertek_tugas_durasi_seconds} with the tags
 * {@code proses} and {@code kegiatan}, with service-level buckets at the two POS standards (2 and 10 minutes)
 * so that "share within standard" is a ratio of two bucket counters.
 */
@Component
class SlaMetrics {

  static final String TIMER = "pertek.tugas.durasi";
  static final Duration[] SLO = {Duration.ofMinutes(2), Duration.ofMinutes(10)};

  private final MeterRegistry registry;

  SlaMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void completed(MeasuredTask task) {
    Timer.builder(TIMER)
        .description("Waktu tugas dari dibuat sampai selesai")
        .tag("proses", task.proses())
        .tag("kegiatan", task.kegiatan())
        .serviceLevelObjectives(SLO)
        .register(registry)
        .record(Duration.ofMillis(task.durasiMs()));
  }
}
