package id.asn.workflow.calendar;

import java.util.List;

/**
 * Counts again the open deadlines whose span crossed a year whose holidays changed; implemented where the
 * timers and tasks live (the engine package).
 */
public interface DeadlineRecount {

  Summary yearChanged(int year);

  /**
   * What the recount did: instances looked at, deadlines moved, warnings for schedules the change broke, and the
   * instances it could not move (kept as they were; entering the year again retries them).
   */
  record Summary(int tahun, int prosesDiperiksa, int tenggatBerubah, List<String> peringatan, List<String> gagal) {}
}
