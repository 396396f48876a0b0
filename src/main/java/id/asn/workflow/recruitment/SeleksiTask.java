package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.UserTaskHandler;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;

/**
 * A user task of pengadaanPns or pengadaanPppk: as it is created the period moves to its stage and the form gets
 * an overview of the period; each task's own class checks and records its completion.
 */
abstract class SeleksiTask implements UserTaskHandler {

  static final Set<String> BOTH = Set.of("pengadaanPns", "pengadaanPppk");
  static final Set<String> PNS = Set.of("pengadaanPns");
  static final Set<String> PPPK = Set.of("pengadaanPppk");

  protected final Stage stage;
  protected final SeleksiTasks steps;
  private final Binding binding;

  SeleksiTask(Stage stage, Set<String> processes, SeleksiTasks steps) {
    this.stage = stage;
    this.steps = steps;
    this.binding = new Binding(processes, Set.of(stage.taskKey()), "periodeId", "petugas",
        "Tugas tidak dapat diselesaikan: ", PengadaanProcess.DEADLINE_OWNER);
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Start started(String id, String task) {
    steps.stageStarted(id, stage);
    return Start.showing(steps.formVariables(id, stage));
  }

  /** The start of a day in Jakarta: a timer on "the day after" fires then. */
  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(Deadline.ZONE).toInstant());
  }
}
