package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.TaskCompletion;
import id.asn.workflow.kernel.UserTaskHandler;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The user tasks of pengadaanPns and pengadaanPppk: as one is created the period moves to its stage and the form
 * gets an overview of the period; as it ends, its values are checked and recorded by {@link SeleksiSteps}.
 */
@Component
class SeleksiTasks implements UserTaskHandler {

  public static final String VAR_PERIODE_ID = "periodeId";
  public static final String VAR_PETUGAS = "petugas";

  private final SeleksiSteps steps;

  SeleksiTasks(SeleksiSteps steps) {
    this.steps = steps;
  }

  @Override
  public Set<String> processes() {
    return Set.of("pengadaanPns", "pengadaanPppk");
  }

  @Override
  public Set<String> tasks() {
    return Arrays.stream(Tahap.values()).map(Tahap::taskKey).collect(Collectors.toSet());
  }

  @Override
  public String idVariable() {
    return VAR_PERIODE_ID;
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
    return SeleksiSteps.DEADLINE_OWNER;
  }

  @Override
  public Start started(String id, String task) {
    Tahap tahap = Tahap.ofTask(task).orElseThrow();
    steps.stageStarted(id, tahap);
    return Start.showing(steps.formVariables(id, tahap));
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    return steps.complete(c.id(), Tahap.ofTask(c.task()).orElseThrow(), c.values(), c.user(), c.today(), c.now());
  }
}
