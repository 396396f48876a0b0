package id.asn.workflow.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * The days off of one year and where they come from: a decree an administrator entered, or the provisional
 * calendar while no decree exists ({@code provisional}).
 */
public record YearDays(Set<LocalDate> daysOff, boolean provisional) {

  public YearDays {
    daysOff = Set.copyOf(daysOff);
  }

  public static YearDays decreed(Set<LocalDate> daysOff) {
    return new YearDays(daysOff, false);
  }
}
