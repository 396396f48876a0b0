package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.DEADLINE_OWNER;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_PENGANGKATAN_ID;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_PETUGAS;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import id.asn.workflow.kernel.UserTaskHandler;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A user task of pengangkatanCpns or pengangkatanPppk: as it is created the appointment moves to its stage
 * ({@link Stage#status}) and the form gets its overview ({@link AppointmentForms}); it completes only once
 * someone claimed it, and each task's own class checks and records its values.
 */
abstract class AppointmentTaskHandler implements UserTaskHandler {

  protected final Stage task;
  protected final AppointmentRepository repository;
  private final AppointmentForms forms;
  private final Binding binding;

  AppointmentTaskHandler(Stage task, Set<String> processes, AppointmentRepository repository,
      AppointmentForms forms) {
    this.task = task;
    this.repository = repository;
    this.forms = forms;
    this.binding = new Binding(processes, Set.of(task.key()), VAR_PENGANGKATAN_ID, VAR_PETUGAS,
        "Tugas tidak dapat diselesaikan: ", DEADLINE_OWNER);
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Start started(String id, String taskKey) {
    task.status().ifPresent(status -> repository.moveToStage(id, status));
    return Start.showing(forms.variables(id, task));
  }

  @Override
  public final Map<String, Object> completed(TaskCompletion c) {
    if (c.user() == null) {
      throw new InvalidCompletionException(VAR_PETUGAS, "klaim tugas terlebih dahulu");
    }
    return complete(c.id(), c.values(), c.user(), c.today());
  }

  /** Checks and records the task's values, completed {@code by} someone; answers with the variables to go on with. */
  protected abstract Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today);
}
