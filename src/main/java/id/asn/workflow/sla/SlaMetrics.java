package id.asn.workflow.sla;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Live timers of completed tasks at /actuator/prometheus: {@code pertek_tugas_durasi_seconds} with the tags
 * {@code proses} and {@code kegiatan}, with a service-level bucket at the task's standard in {@code sla_standar}
 * (the POS 10 and 2 minutes unless an administrator changed them) so that "share within standard" is a ratio of
 * two bucket counters. A standard in working days has no fixed duration and so no bucket. Micrometer fixes a
 * timer's buckets when it is registered: a changed standard removes the task's timer, and the next completion
 * registers it with the new bucket (Prometheus reads that as a counter reset).
 */
@Component
class SlaMetrics {

  static final String TIMER = "pertek.tugas.durasi";

  private final MeterRegistry registry;

  SlaMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void completed(MeasuredTask task, SlaStandard standard) {
    Timer.Builder timer = Timer.builder(TIMER)
        .description("Waktu tugas dari dibuat sampai selesai")
        .tag("proses", task.proses())
        .tag("kegiatan", task.kegiatan());
    if (standard.inSeconds()) {
      timer.serviceLevelObjectives(Duration.ofSeconds(standard.standarDetik()));
    }
    timer.register(registry).record(Duration.ofMillis(task.durasiMs()));
  }

  /** The task's standard changed: its timer goes, to come back with the new bucket. */
  void standardChanged(String proses, String kegiatan) {
    Timer existing = registry.find(TIMER).tag("proses", proses).tag("kegiatan", kegiatan).timer();
    if (existing != null) {
      registry.remove(existing);
    }
  }
}
