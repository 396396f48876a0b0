package id.asn.workflow.calendar;

import java.util.List;

/**
 * A feature whose schedules were checked against the working-day calendar (a recruitment's dates): when the
 * holidays of a year change, it checks again and warns whoever owns a schedule the change made unlawful.
 */
public interface ScheduleReview {

  /** The warnings it gave, each naming the schedule and the rule it now breaks. */
  List<String> yearChanged(int year);
}
