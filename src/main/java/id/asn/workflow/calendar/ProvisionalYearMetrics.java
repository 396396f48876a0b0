package id.asn.workflow.calendar;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * {@code asn_kalender_tahun_sementara{tahun}} at /actuator/prometheus: 1 while that year has no decree entered
 * (its deadlines use the provisional calendar), 0 once it has; read from the database at every scrape. The
 * years are the current and the next one, moved on at start-up and by {@link DecreeReminderJob} each night.
 */
@Component
class ProvisionalYearMetrics {

  static final String GAUGE = "asn.kalender.tahun.sementara";

  private final DecreeWatch watch;
  private final CalendarService calendar;
  private final MultiGauge gauge;

  ProvisionalYearMetrics(MeterRegistry registry, DecreeWatch watch, CalendarService calendar) {
    this.watch = watch;
    this.calendar = calendar;
    this.gauge = MultiGauge.builder(GAUGE)
        .description("1 bila kalender hari libur tahun itu belum ditetapkan (kalender sementara), 0 bila sudah")
        .register(registry);
    refresh();
  }

  /** Gauges for the current and the next year; a year left behind disappears. */
  void refresh() {
    int current = watch.today().getYear();
    List<MultiGauge.Row<?>> rows = IntStream.of(current, current + 1)
        .<MultiGauge.Row<?>>mapToObj(year -> MultiGauge.Row.of(Tags.of("tahun", String.valueOf(year)),
            () -> calendar.isProvisional(year) ? 1 : 0))
        .toList();
    gauge.register(rows, true);
  }
}
