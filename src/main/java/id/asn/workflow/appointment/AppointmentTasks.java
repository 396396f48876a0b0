package id.asn.workflow.appointment;

import id.asn.workflow.kernel.TaskCompletion;
import id.asn.workflow.kernel.UserTaskHandler;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The user tasks of pengangkatanCpns and pengangkatanPppk: as one is created the appointment moves to its stage
 * and the form gets its overview; as it ends, its values are checked and recorded by {@link AppointmentSteps}.
 */
@Component
class AppointmentTasks implements UserTaskHandler {

  public static final String VAR_PENGANGKATAN_ID = "pengangkatanId";
  public static final String VAR_PETUGAS = "petugas";

  private final AppointmentSteps steps;

  AppointmentTasks(AppointmentSteps steps) {
    this.steps = steps;
  }

  @Override
  public Set<String> processes() {
    return Set.of("pengangkatanCpns", "pengangkatanPppk");
  }

  @Override
  public Set<String> tasks() {
    return Arrays.stream(AppointmentTask.values()).map(AppointmentTask::key).collect(Collectors.toSet());
  }

  @Override
  public String idVariable() {
    return VAR_PENGANGKATAN_ID;
  }

  @Override
  public String userVariable() {
    return VAR_PETUGAS;
  }

  @Override
  public String refusal() {
    return "Tugas tidak dapat diselesaikan: ";
  }

  @Override
  public String deadlineOwner() {
    return AppointmentSteps.DEADLINE_OWNER;
  }

  @Override
  public Start started(String id, String task) {
    AppointmentTask kind = AppointmentTask.ofKey(task).orElseThrow();
    steps.taskStarted(id, kind);
    return Start.showing(steps.formVariables(id, kind));
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    return steps.complete(c.id(), AppointmentTask.ofKey(c.task()).orElseThrow(), c.values(), c.user(), c.today());
  }
}
