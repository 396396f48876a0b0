package id.asn.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Working-day arithmetic for ASN offices: Saturdays, Sundays, national holidays and cuti bersama are
 * not working days. Holidays come per year from a source, decreed or provisional; a deadline says when
 * its span touches a provisional year. Not thread-safe: make one per computation (it memoises the years
 * it has read).
 */
public final class WorkingDayCalendar {

  private final IntFunction<YearDays> yearSource;
  private final Map<Integer, YearDays> years = new HashMap<>();

  /** @param yearSource the days off of a year, decreed or provisional */
  public WorkingDayCalendar(IntFunction<YearDays> yearSource) {
    this.yearSource = yearSource;
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return false;
    }
    return !year(date.getYear()).daysOff().contains(date);
  }

  public boolean isProvisional(int year) {
    return year(year).provisional();
  }

  /** Whether any day from {@code a} to {@code b} (either order) lies in a year without a decree. */
  public boolean touchesProvisional(LocalDate a, LocalDate b) {
    int first = Math.min(a.getYear(), b.getYear());
    int last = Math.max(a.getYear(), b.getYear());
    for (int y = first; y <= last; y++) {
      if (isProvisional(y)) {
        return true;
      }
    }
    return false;
  }

  /** The deadline a rule gives on this calendar, marked provisional where its span needs it. */
  public Deadline deadline(DeadlineRule rule) {
    LocalDate date = switch (rule.kind()) {
      case WORKING_DAYS_AFTER -> plusWorkingDays(rule.from(), rule.days());
      case WORKING_DAYS_BEFORE -> minusWorkingDays(rule.from(), rule.days());
      case LEAVING_WORKING_DAYS_BEFORE -> lastDayLeaving(rule.from(), rule.days());
      case ON_OR_NEXT_WORKING_DAY -> onOrNextWorkingDay(rule.from());
    };
    return new Deadline(date, touchesProvisional(rule.from(), date), rule);
  }

  /** The date that is {@code days} working days after {@code start} (the start itself not counted). */
  public LocalDate plusWorkingDays(LocalDate start, int days) {
    requireNotNegative(days);
    LocalDate date = start;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /** The date that is {@code days} working days before {@code end} (the end itself not counted). */
  public LocalDate minusWorkingDays(LocalDate end, int days) {
    requireNotNegative(days);
    LocalDate date = end;
    int counted = 0;
    while (counted < days) {
      date = date.minusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /** The last day from which at least {@code days} working days remain up to and including {@code end}. */
  public LocalDate lastDayLeaving(LocalDate end, int days) {
    requireNotNegative(days);
    LocalDate day = end;
    while (workingDaysBetween(day, end) < days) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }

  /** The first working day on or after {@code date}: where a date falling on a day off moves to. */
  public LocalDate onOrNextWorkingDay(LocalDate date) {
    LocalDate result = date;
    while (!isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }

  public static LocalDate plusCalendarDays(LocalDate start, int days) {
    return start.plusDays(days);
  }

  public static long calendarDaysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }

  private static void requireNotNegative(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
  }

  private YearDays year(int year) {
    return years.computeIfAbsent(year, yearSource::apply);
  }
}
