package id.asn.workflow.workforce;

import id.asn.workflow.kernel.UserTaskHandler;
import java.util.List;
import java.util.Set;

/**
 * A user task of penyusunanKebutuhanAsn, one stage of Peraturan BKN 9/2022: as it is created the planning moves to
 * its stage and the instansi's form gets the overview; each stage's own class checks and records its completion.
 */
abstract class PlanningTask implements UserTaskHandler {

  static final String PROCESS = "penyusunanKebutuhanAsn";
  static final String VAR_PENYUSUNAN_ID = "penyusunanId";
  static final String VAR_PETUGAS = "petugas";

  protected final Stage stage;
  protected final PlanningTasks steps;
  private final Binding binding;

  PlanningTask(Stage stage, PlanningTasks steps) {
    this.stage = stage;
    this.steps = steps;
    this.binding = new Binding(Set.of(PROCESS), Set.of(stage.taskKey()), VAR_PENYUSUNAN_ID, VAR_PETUGAS,
        "Tugas tidak dapat diselesaikan: ", null);
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Start started(String id, String task) {
    steps.stageStarted(id, stage);
    return new Start(steps.instansiFormVariables(steps.planning(id)), cleared());
  }

  /** Decisions of an earlier round that a new round of this task must not inherit. */
  protected List<String> cleared() {
    return List.of();
  }
}
