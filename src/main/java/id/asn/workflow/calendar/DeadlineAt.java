package id.asn.workflow.calendar;

import java.time.LocalTime;
import java.util.Objects;

/** A deadline that falls at a time of its last day rather than at its end (a warning read at the start of office hours). */
public record DeadlineAt(Deadline deadline, LocalTime time) {

  public DeadlineAt {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(time, "time");
  }
}
