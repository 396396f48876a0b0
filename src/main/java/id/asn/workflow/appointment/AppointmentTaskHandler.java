package id.asn.workflow.appointment;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import id.asn.workflow.kernel.UserTaskHandler;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A user task of pengangkatanCpns or pengangkatanPppk: as it is created the appointment moves to its stage and the
 * form gets its overview ({@link AppointmentSteps#formVariables}); it completes only once someone claimed it, and
 * each task's own class checks and records its values.
 */
abstract class AppointmentTaskHandler implements UserTaskHandler {

  static final String PROCESS_CPNS = "pengangkatanCpns";
  static final String PROCESS_PPPK = "pengangkatanPppk";
  static final Set<String> BOTH = Set.of(PROCESS_CPNS, PROCESS_PPPK);
  static final Set<String> CPNS = Set.of(PROCESS_CPNS);
  static final Set<String> PPPK = Set.of(PROCESS_PPPK);
  static final String VAR_PENGANGKATAN_ID = "pengangkatanId";
  static final String VAR_PETUGAS = "petugas";

  protected final AppointmentTask task;
  protected final AppointmentSteps steps;
  private final Binding binding;

  AppointmentTaskHandler(AppointmentTask task, Set<String> processes, AppointmentSteps steps) {
    this.task = task;
    this.steps = steps;
    this.binding = new Binding(processes, Set.of(task.key()), VAR_PENGANGKATAN_ID, VAR_PETUGAS,
        "Tugas tidak dapat diselesaikan: ", AppointmentSteps.DEADLINE_OWNER);
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Start started(String id, String taskKey) {
    steps.taskStarted(id, task);
    return Start.showing(steps.formVariables(id, task));
  }

  @Override
  public final Map<String, Object> completed(TaskCompletion c) {
    if (c.user() == null) {
      throw new InvalidCompletionException("petugas", "klaim tugas terlebih dahulu");
    }
    return complete(c.id(), c.values(), c.user(), c.today());
  }

  /** Checks and records the task's values, completed {@code by} someone; answers with the variables to go on with. */
  protected abstract Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today);
}
