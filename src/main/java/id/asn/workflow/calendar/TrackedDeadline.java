package id.asn.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline a process instance holds in one of its variables, as the ledger keeps it: who owns it (an usul, an
 * appointment, a recruitment period, a planning), the rule that counted it and when in its last day it falls.
 */
public record TrackedDeadline(String processInstanceId, String variable, String ownerKind, String ownerId,
    Deadline deadline, int secondsIntoDay) {

  /** The end of the last day: a timer on the deadline fires when the day is over. */
  public static final int END_OF_DAY = 24 * 60 * 60;

  public TrackedDeadline {
    Objects.requireNonNull(processInstanceId, "processInstanceId");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(ownerKind, "ownerKind");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(deadline, "deadline");
    if (secondsIntoDay < 0 || secondsIntoDay > END_OF_DAY) {
      throw new IllegalArgumentException("secondsIntoDay out of 0.." + END_OF_DAY + ": " + secondsIntoDay);
    }
  }

  /** The instant the variable holds: the last day's start in Jakarta plus the seconds into it. */
  public Instant instant() {
    return instantOf(deadline.tanggal());
  }

  public Instant instantOf(LocalDate day) {
    return day.atStartOfDay(Deadline.ZONE).plusSeconds(secondsIntoDay).toInstant();
  }

  /** The same deadline counted again by its rule on {@code calendar}. */
  public TrackedDeadline recounted(WorkingDayCalendar calendar) {
    return new TrackedDeadline(processInstanceId, variable, ownerKind, ownerId, calendar.deadline(deadline.rule()),
        secondsIntoDay);
  }

  /** The first and last day the count crossed, whichever way it ran. */
  public LocalDate spanStart() {
    LocalDate from = deadline.rule().from();
    return from.isBefore(deadline.tanggal()) ? from : deadline.tanggal();
  }

  public LocalDate spanEnd() {
    LocalDate from = deadline.rule().from();
    return from.isAfter(deadline.tanggal()) ? from : deadline.tanggal();
  }
}
