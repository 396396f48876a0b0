package id.asn.workflow.sla;

import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.pertek.PertekProcess;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A Pertek task passed its standard while open: record it for the supervisors, once per task. */
@Component
class SlaBreachStep implements ServiceTaskHandler {

  static final Set<String> STEPS = Set.of("ServiceTask_CatatPelanggaranVerifikasi",
      "ServiceTask_CatatPelanggaranTandaTangan");

  private final OpenTasks tasks;
  private final SlaBreachService breaches;
  private final Binding binding = new Binding(Set.of(PertekProcess.PROCESS), STEPS, PertekProcess.VAR_USUL_ID, null);

  SlaBreachStep(OpenTasks tasks, SlaBreachService breaches) {
    this.tasks = tasks;
    this.breaches = breaches;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    String kegiatan = (String) step.variables().raw(PertekProcess.VAR_KEGIATAN);
    // none when the task was completed in the same instant the timer fired: no breach left to record
    tasks.of(step.processInstanceId(), kegiatan).ifPresent(task -> breaches.record(new SlaBreach(task.id(),
        kegiatan, step.id(), task.assignee(), task.created(), task.due(), step.now())));
    return Result.NOTHING;
  }
}
