package id.asn.workflow.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night: the gauges move on to a new year, and while a decree is missing a WARN line tells whoever reads
 * the logs. Every node of a cluster does the same; that is one log line more per node, nothing else.
 */
@Component
class DecreeReminderJob {

  private static final Logger log = LoggerFactory.getLogger(DecreeReminderJob.class);

  private final DecreeWatch watch;
  private final ProvisionalYearMetrics metrics;

  DecreeReminderJob(DecreeWatch watch, ProvisionalYearMetrics metrics) {
    this.watch = watch;
    this.metrics = metrics;
  }

  // just after midnight in Jakarta, so that the gauges reach a new year within minutes of it
  @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Jakarta")
  void run() {
    metrics.refresh();
    watch.warning().ifPresent(w -> log.warn(w.peringatan()));
  }
}
