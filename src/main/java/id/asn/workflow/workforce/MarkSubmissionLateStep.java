package id.asn.workflow.workforce;

import static id.asn.workflow.workforce.KebutuhanProcess.*;

import id.asn.workflow.kernel.ServiceTaskHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The deadline passed before the submission: the planning is marked late, once (the open task's form says so at
 * once); the instansi may still submit.
 */
@Component
class MarkSubmissionLateStep implements ServiceTaskHandler {

  private final PlanningRepository plannings;
  private final PlanningTasks tasks;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_TANDAI_TERLAMBAT), VAR_PENYUSUNAN_ID, null);

  MarkSubmissionLateStep(PlanningRepository plannings, PlanningTasks tasks) {
    this.plannings = plannings;
    this.tasks = tasks;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    Planning p = plannings.get(step.id());
    if (plannings.markLate(step.id())) {
      plannings.addEvent(step.id(), "TENGGAT_LEWAT", "Batas penyampaian " + Angka.tanggal(p.batasPenyampaian())
          + " lewat sebelum usul disampaikan: usul tercatat terlambat.", null, step.now());
    }
    Map<String, Object> variables = new HashMap<>(tasks.instansiFormVariables(plannings.get(step.id())));
    variables.put(VAR_TERLAMBAT, true);
    return Result.setting(variables);
  }
}
