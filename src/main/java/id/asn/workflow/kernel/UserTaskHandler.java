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

  /** The ids of the processes whose tasks it handles. */
  Set<String> processes();

  /** The ids of the user tasks it handles in those processes. */
  Set<String> tasks();

  /** The process variable that holds the id of the thing the task works on (an usul, a period, a planning). */
  String idVariable();

  /** The process variable that keeps who completed the task. */
  String userVariable();

  /** The start of the refusal message, e.g. "Tugas tidak dapat diselesaikan: ". */
  String refusal();

  /** The owner kind of the deadlines its completions return ({@code Deadline} values), or null when none. */
  default String deadlineOwner() {
    return null;
  }

  /** The task was created: the variables its form shows, and those a new round must not inherit. */
  default Start started(String id, String task) {
    return Start.NOTHING;
  }

  /** Someone took the task; refuse with {@link InvalidCompletionException} when they may not. */
  default void assigned(String id, String task, String assignee) {}

  /** The task ends with these values: check, record, and return the variables the process goes on with. */
  Map<String, Object> completed(TaskCompletion completion);

  /** What a task starts with. */
  record Start(Map<String, Object> variables, List<String> cleared) {
    public static final Start NOTHING = new Start(Map.of(), List.of());

    public static Start showing(Map<String, Object> variables) {
      return new Start(variables, List.of());
    }
  }
}
