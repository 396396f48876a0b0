package id.asn.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Working-day arithmetic for ASN offices: Saturdays, Sundays, national holidays and cuti bersama are
 * not working days. Holidays come per year from a source; a year the source does not know fails loudly.
 * Not thread-safe: make one per computation (it memoises the years it has read).
 */
public final class WorkingDayCalendar {

  private final IntFunction<Optional<Set<LocalDate>>> daysOffOfYear;
  private final Map<Integer, Set<LocalDate>> years = new HashMap<>();

  /** @param daysOffOfYear the days off of a year, or empty when no decree for that year is known */
  public WorkingDayCalendar(IntFunction<Optional<Set<LocalDate>>> daysOffOfYear) {
    this.daysOffOfYear = daysOffOfYear;
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return false;
    }
    return !daysOff(date.getYear()).contains(date);
  }

  /** The date that is {@code days} working days after {@code start} (the start itself not counted). */
  public LocalDate plusWorkingDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
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

  private Set<LocalDate> daysOff(int year) {
    return years.computeIfAbsent(year,
        y -> daysOffOfYear.apply(y).orElseThrow(() -> new CalendarDataMissingException(y)));
  }
}
