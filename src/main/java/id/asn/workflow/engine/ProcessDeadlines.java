package id.asn.workflow.engine;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.DeadlineAt;
import id.asn.workflow.calendar.DeadlineLedger;
import id.asn.workflow.calendar.TrackedDeadline;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Puts a deadline counted on the working-day calendar into a process variable (the instant a timer or a task's
 * due date reads) and keeps it in the ledger, so that a holiday decree entered later counts it again. Also sets
 * {@value #VAR_CATATAN_TENGGAT}, the note forms show while any deadline of the instance is provisional.
 */
@Component
class ProcessDeadlines {

  static final String VAR_CATATAN_TENGGAT = "catatanTenggat";

  private final DeadlineLedger ledger;

  ProcessDeadlines(DeadlineLedger ledger) {
    this.ledger = ledger;
  }

  /** The deadline as the end of its last day. */
  Date set(VariableScope scope, String processInstanceId, String variable, Deadline deadline, String ownerKind,
      String ownerId) {
    return set(scope, new TrackedDeadline(processInstanceId, variable, ownerKind, ownerId, deadline,
        TrackedDeadline.END_OF_DAY));
  }

  Date set(VariableScope scope, TrackedDeadline tracked) {
    Date at = Date.from(tracked.instant());
    ledger.save(tracked);
    scope.setVariable(tracked.variable(), at);
    scope.setVariable(VAR_CATATAN_TENGGAT, noteOf(tracked.processInstanceId()));
    return at;
  }

  /**
   * A step's variables for the engine: each {@link Deadline} value becomes the end of its last day (a {@link
   * DeadlineAt} the time of it), tracked for its owner; every other value passes as it is.
   */
  Map<String, Object> track(VariableScope scope, String processInstanceId, Map<String, ?> variables, String ownerKind,
      String ownerId) {
    Map<String, Object> out = new HashMap<>();
    variables.forEach((name, value) -> {
      if (value instanceof Deadline deadline) {
        set(scope, processInstanceId, name, deadline, ownerKind, ownerId);
      } else if (value instanceof DeadlineAt at) {
        set(scope, new TrackedDeadline(processInstanceId, name, ownerKind, ownerId, at.deadline(),
            at.time().toSecondOfDay()));
      } else {
        out.put(name, value);
      }
    });
    return out;
  }

  /** The provisional note while any deadline of the instance is provisional, else empty. */
  String noteOf(String processInstanceId) {
    return ledger.ofProcess(processInstanceId).stream().anyMatch(d -> d.deadline().sementara())
        ? Deadline.PROVISIONAL_NOTE : "";
  }
}
