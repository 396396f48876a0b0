package id.asn.workflow.calendar;

import java.util.List;

/** The days off of a year whose decree is not entered yet, computed (being built in this change). */
public final class ProvisionalCalendar {

  private ProvisionalCalendar() {}

  public static List<DayOff> daysOff(int year) {
    return List.of();
  }
}
