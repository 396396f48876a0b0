package id.asn.workflow.calendar;

import java.util.List;

/**
 * Counts again the open deadlines whose span crossed a year whose holidays changed; implemented where the
 * timers and tasks live (the workflow package).
 */
public interface DeadlineRecount {

  Summary yearChanged(int year);

  /** What the recount did: instances looked at, deadlines moved, and warnings for schedules the change broke. */
  record Summary(int tahun, int prosesDiperiksa, int tenggatBerubah, List<String> peringatan) {}
}
