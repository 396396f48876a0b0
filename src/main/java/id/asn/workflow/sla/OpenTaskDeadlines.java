package id.asn.workflow.sla;

import java.time.Duration;

/**
 * Moves the due dates and standard timers of the open tasks of one kind to a changed standard, each counted from
 * when its task was created; implemented in the engine package, the only one that talks to the engine.
 */
public interface OpenTaskDeadlines {

  /** The number of open tasks moved. */
  int retime(String proses, String kegiatan, Duration standard);
}
