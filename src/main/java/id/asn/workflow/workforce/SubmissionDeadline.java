package id.asn.workflow.workforce;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.DeadlineRule;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * When the proposal is due (Peraturan BKN 9/2022, RULES.md §5): by the end of March of the planning year,
 * for the needs of the next year; by the end of April when next year's budget plan changes. The data date
 * is 31 December of the year before the planning year. The warning comes a number of working days before
 * the last day, counted on the holiday calendar.
 */
public final class SubmissionDeadline {

  /** Deadlines are days in Indonesia; the BKN office reads them in Jakarta time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private SubmissionDeadline() {}

  public static LocalDate lastDay(int tahun, boolean perubahanAnggaran) {
    return (perubahanAnggaran ? LocalDate.of(tahun, Month.APRIL, 30) : LocalDate.of(tahun, Month.MARCH, 31));
  }

  /** Data at 31 December of the previous year: staff counted, retirements and agreements projected from it. */
  public static LocalDate dataDate(int tahun) {
    return LocalDate.of(tahun - 1, Month.DECEMBER, 31);
  }

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
