package id.asn.workflow.calendar;

/**
 * The feature that owns deadlines of one kind (an usul's correction, an appointment's limits, a planning's
 * submission): told when a holiday decree moved one, it records the change in its history and tells whoever must act.
 */
public interface DeadlineOwner {

  /** The {@link TrackedDeadline#ownerKind()} it owns, e.g. {@code USUL}. */
  String kind();

  /** Called in the transaction that moves the timer and the due date. */
  void moved(TrackedDeadline before, TrackedDeadline after);
}
