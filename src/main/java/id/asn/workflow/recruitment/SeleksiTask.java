package id.asn.workflow.recruitment;

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

  protected final Tahap tahap;
  protected final SeleksiSteps steps;
  private final Set<String> processes;

  SeleksiTask(Tahap tahap, Set<String> processes, SeleksiSteps steps) {
    this.tahap = tahap;
    this.processes = processes;
    this.steps = steps;
  }

  @Override
  public Set<String> processes() {
    return processes;
  }

  @Override
  public Set<String> tasks() {
    return Set.of(tahap.taskKey());
  }

  @Override
  public String idVariable() {
    return "periodeId";
  }

  @Override
  public String userVariable() {
    return "petugas";
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
    steps.stageStarted(id, tahap);
    return Start.showing(steps.formVariables(id, tahap));
  }

  /** The start of a day in Jakarta: a timer on "the day after" fires then. */
  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(SeleksiSteps.ZONE).toInstant());
  }
}
