package id.asn.workflow.workforce;

import id.asn.workflow.kernel.TaskCompletion;
import id.asn.workflow.kernel.UserTaskHandler;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The user tasks of penyusunanKebutuhanAsn, each a stage of Peraturan BKN 9/2022: as one is created the planning
 * moves to its stage and the form gets what it shows (a new round starts without the last round's decision); as
 * it ends, its values are checked and recorded by {@link PlanningSteps}.
 */
@Component
class PlanningTasks implements UserTaskHandler {

  static final String PROCESS = "penyusunanKebutuhanAsn";
  public static final String VAR_PENYUSUNAN_ID = "penyusunanId";
  public static final String VAR_PETUGAS = "petugas";

  /** Decisions of an earlier round that a new round must not inherit. */
  static final Map<Stage, List<String>> CLEARED = Map.of(
      Stage.PERBAIKAN, List.of("catatanPerbaikan", "renstraDilampirkan"),
      Stage.ANALISIS_KEBUTUHAN, List.of(PlanningSteps.VAR_HASIL_ANALISIS, "alasanAnalisis", "laporanAnalisis",
          "inventarisasiData", "klasifikasiData", "pengolahanData", "verifikasiValidasi"),
      Stage.PERTIMBANGAN_TEKNIS, List.of(PlanningSteps.VAR_KEPUTUSAN_PERTIMBANGAN, "catatanPertimbangan"));

  private final PlanningSteps steps;

  PlanningTasks(PlanningSteps steps) {
    this.steps = steps;
  }

  @Override
  public Set<String> processes() {
    return Set.of(PROCESS);
  }

  @Override
  public Set<String> tasks() {
    return Arrays.stream(Stage.values()).map(Stage::taskKey).collect(Collectors.toSet());
  }

  @Override
  public String idVariable() {
    return VAR_PENYUSUNAN_ID;
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
  public Start started(String id, String task) {
    Stage stage = Stage.ofTask(task).orElseThrow();
    steps.stageStarted(id, stage);
    return new Start(steps.formVariables(id, stage), CLEARED.getOrDefault(stage, List.of()));
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    return steps.complete(c.id(), Stage.ofTask(c.task()).orElseThrow(), c.values(), c.user(), c.today(), c.now());
  }
}
