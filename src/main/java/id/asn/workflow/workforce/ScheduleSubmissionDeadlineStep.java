package id.asn.workflow.workforce;

import static id.asn.workflow.workforce.KebutuhanProcess.*;

import id.asn.workflow.calendar.DeadlineAt;
import id.asn.workflow.kernel.ServiceTaskHandler;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The submission deadline of the planning, at its start and again after a budget change: the deadline timer fires
 * when the last day is over (Jakarta time), the warning at the start of the office day; the instansi's open tasks
 * are due at the deadline and their forms show it. A late mark falls when a moved deadline is still ahead.
 */
@Component
class ScheduleSubmissionDeadlineStep implements ServiceTaskHandler {

  /** Office hours start: a warning that arrives at midnight is read in the morning anyway. */
  static final LocalTime WARNING_TIME = LocalTime.of(8, 0);

  private final PlanningRepository plannings;
  private final DeadlineService deadlines;
  private final PlanningTasks tasks;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_HITUNG_TENGGAT, STEP_GESER_TENGGAT),
      VAR_PENYUSUNAN_ID, DEADLINE_OWNER);

  ScheduleSubmissionDeadlineStep(PlanningRepository plannings, DeadlineService deadlines, PlanningTasks tasks) {
    this.plannings = plannings;
    this.deadlines = deadlines;
    this.tasks = tasks;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    DeadlineService.Deadline deadline = schedule(step.id(), step.now());
    Map<String, Object> variables = new HashMap<>(tasks.instansiFormVariables(plannings.get(step.id())));
    variables.put(VAR_BATAS_PENYAMPAIAN, Date.from(SubmissionDeadline.endOf(deadline.lastDay())));
    variables.put(VAR_WAKTU_PERINGATAN, new DeadlineAt(deadline.warning(), WARNING_TIME));
    return Result.setting(variables);
  }

  private DeadlineService.Deadline schedule(String id, Instant now) {
    Planning p = plannings.get(id);
    DeadlineService.Deadline deadline = deadlines.of(p.tahun(), p.perubahanAnggaran());
    boolean late = p.terlambat() && SubmissionDeadline.isLate(now, deadline.lastDay());
    plannings.setDeadline(id, deadline.lastDay(), deadline.warningDay(), late);
    if (!deadline.lastDay().equals(p.batasPenyampaian())) {
      plannings.addEvent(id, "TENGGAT_DIGESER", "Rencana anggaran tahun berikutnya berubah: batas penyampaian usul menjadi "
          + Angka.tanggal(deadline.lastDay()) + (p.terlambat() && !late ? "; tanda terlambat dicabut" : "") + ".", null, now);
    }
    return deadline;
  }
}
