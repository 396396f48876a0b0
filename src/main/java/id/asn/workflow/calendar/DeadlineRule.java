package id.asn.workflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a deadline is counted on the working-day calendar, kept with the deadline so that it can be counted
 * again when the holidays of a year change (a decree replaces the provisional calendar, or is revised).
 */
public record DeadlineRule(Kind kind, LocalDate from, int days) {

  public enum Kind {
    /** {@code days} working days after {@code from}, the day itself not counted. */
    WORKING_DAYS_AFTER,
    /** {@code days} working days before {@code from}, the day itself not counted: a warning before a last day. */
    WORKING_DAYS_BEFORE,
    /** The last day that still leaves {@code days} working days up to {@code from}: data due before an exam. */
    LEAVING_WORKING_DAYS_BEFORE,
    /** {@code from} itself, or the next working day when it is a day off. */
    ON_OR_NEXT_WORKING_DAY
  }

  public DeadlineRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
  }

  public static DeadlineRule workingDaysAfter(LocalDate from, int days) {
    return new DeadlineRule(Kind.WORKING_DAYS_AFTER, from, days);
  }

  public static DeadlineRule workingDaysBefore(LocalDate from, int days) {
    return new DeadlineRule(Kind.WORKING_DAYS_BEFORE, from, days);
  }

  public static DeadlineRule leavingWorkingDaysBefore(LocalDate from, int days) {
    return new DeadlineRule(Kind.LEAVING_WORKING_DAYS_BEFORE, from, days);
  }

  public static DeadlineRule onOrNextWorkingDay(LocalDate date) {
    return new DeadlineRule(Kind.ON_OR_NEXT_WORKING_DAY, date, 0);
  }
}
