package id.asn.workflow.appointment;

import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * The date a CPNS's appointment as PNS takes effect (Perbup Batang 6/2023 Lampiran I VII.A.5-6): the 1st of a
 * month once the probation as CPNS is complete, i.e. the first 1st on or after the probation's anniversary (TMT CPNS
 * 1 June 2025 gives 1 June 2026; 15 June 2025 gives 1 July 2026). When that 1st is not a working day (weekend,
 * national holiday, cuti bersama), the next working day.
 */
final class TmtPns {

  private TmtPns() {}

  /** The 1st of the month the appointment falls in, before any move for a day off. */
  public static LocalDate firstOfMonthAfterProbation(Probation probation) {
    LocalDate anniversary = probation.anniversary();
    return anniversary.getDayOfMonth() == 1 ? anniversary : anniversary.withDayOfMonth(1).plusMonths(1);
  }

  public static LocalDate of(Probation probation, WorkingDayCalendar calendar) {
    return calendar.onOrNextWorkingDay(firstOfMonthAfterProbation(probation));
  }
}
