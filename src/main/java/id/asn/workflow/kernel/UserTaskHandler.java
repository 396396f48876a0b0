package id.asn.workflow.kernel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one feature does when a user task of its processes is created, assigned and completed, found by the
 * process and task ids; the engine's one task listener calls it and knows nothing of the feature. A completion
 * is checked here, whatever client completes the task: an {@link InvalidCompletionException} reaches Tasklist and
 * REST as a refusal next to the field it names.
 */
public interface UserTaskHandler {

  /** Where it is bound and what it reads: found by process and task id. */
  Binding binding();

  /** The task was created: the variables its form shows, and those a new round must not inherit. */
  default Start started(String id, String task) {
    return Start.NOTHING;
  }

  /** Someone took the task; refuse with {@link InvalidCompletionException} when they may not. */
  default void assigned(String id, String task, String assignee) {}

  /** The task ends with these values: check, record, and return the variables the process goes on with. */
  Map<String, Object> completed(TaskCompletion completion);

  /**
   * The processes and user tasks a handler is bound to, the process variable holding the id of what the task works
   * on (an usul, a period, a planning), the one keeping who completed it, the start of its refusal message (e.g.
   * "Tugas tidak dapat diselesaikan: ") and the owner kind of the deadlines its completions return ({@code
   * Deadline} values; null when none).
   */
  record Binding(Set<String> processes, Set<String> tasks, String idVariable, String userVariable, String refusal,
      String deadlineOwner) {
    public Binding {
      processes = Set.copyOf(processes);
      tasks = Set.copyOf(tasks);
    }
  }

  /** What a task starts with. */
  record Start(Map<String, Object> variables, List<String> cleared) {
    public static final Start NOTHING = new Start(Map.of(), List.of());

    public static Start showing(Map<String, Object> variables) {
      return new Start(variables, List.of());
    }
  }
}
