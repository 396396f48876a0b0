package id.asn.workflow.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one feature does when a service task of its processes runs, found by the process and activity ids; the
 * engine's one service-task delegate calls it and knows nothing of the feature. A step may run again after a failure:
 * what it already recorded it keeps, what it started it does not start twice.
 */
public interface ServiceTaskHandler {

  /** Where it is bound and what it reads: found by process and activity id. */
  Binding binding();

  /** Do the step; return the variables the process's timers, due dates and gateways go on with. */
  Result run(Step step);

  /**
   * The processes and service tasks a handler is bound to, the process variable holding the id of what the step
   * works on (an usul, a period, a planning) and the owner kind of the deadlines it returns ({@code Deadline}
   * values; null when none).
   */
  record Binding(Set<String> processes, Set<String> activities, String idVariable, String deadlineOwner) {
    public Binding {
      processes = Set.copyOf(processes);
      activities = Set.copyOf(activities);
    }
  }

  /**
   * A step running: the id of what it works on, the activity's id, the process instance (for what is asked of the
   * engine through a port), the process's variables, and when, as a Jakarta day and as an instant.
   */
  record Step(String id, String activity, String processInstanceId, CompletionValues variables, LocalDate today,
      Instant now) {}

  /** The variables a step sets, and those a new round must not inherit. */
  record Result(Map<String, Object> variables, List<String> cleared) {
    public static final Result NOTHING = new Result(Map.of(), List.of());

    public Result {
      variables = Collections.unmodifiableMap(new HashMap<>(variables)); // values may be null: a cleared choice
      cleared = List.copyOf(cleared);
    }

    public static Result setting(Map<String, ?> variables) {
      return new Result(new HashMap<>(variables), List.of());
    }
  }
}
