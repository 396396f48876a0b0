package id.asn.workflow.workforce;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.DeadlineRule;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The arithmetic of the proposal's last day (Peraturan BKN 9/2022, RULES.md §5), whose date
 * {@link PlanningDates} reads from the decision table: the warning comes a number of working days before the last
 * day, counted on the holiday calendar, and a submission after the last day is late.
 */
public final class SubmissionDeadline {

  /** Deadlines are days in Indonesia; the BKN office reads them in Jakarta time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private SubmissionDeadline() {}

  /**
   * The warning: {@code workingDays} working days before {@code lastDay} (the last day itself not counted);
   * provisional while those days cross a year without a decree.
   */
  public static Deadline warning(LocalDate lastDay, int workingDays, WorkingDayCalendar calendar) {
    return calendar.deadline(DeadlineRule.workingDaysBefore(lastDay, workingDays));
  }

  /** The instant the last day is over: a submission at or after it is late. */
  public static Instant endOf(LocalDate lastDay) {
    return Deadline.endOf(lastDay);
  }

  public static boolean isLate(Instant submittedAt, LocalDate lastDay) {
    return !submittedAt.isBefore(endOf(lastDay));
  }
}
