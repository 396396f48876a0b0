package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Pertek.*;

import id.asn.workflow.sla.SlaBreach;
import id.asn.workflow.sla.SlaBreachService;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A Pertek task passed its standard while open: record it for the supervisors, once per task. */
@Component("slaBreachDelegate")
class SlaBreachDelegate implements JavaDelegate {

  private final TaskService taskService;
  private final SlaBreachService breaches;
  private final Clock clock;

  SlaBreachDelegate(TaskService taskService, SlaBreachService breaches, Clock clock) {
    this.taskService = taskService;
    this.breaches = breaches;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kegiatan = (String) execution.getVariable(VAR_KEGIATAN);
    Task task = taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(kegiatan)
        .singleResult();
    if (task == null) {
      return; // completed in the same instant the timer fired: no breach left to record
    }
    breaches.record(new SlaBreach(task.getId(), kegiatan, (String) execution.getVariable(VAR_USUL_ID),
        task.getAssignee(), task.getCreateTime().toInstant(), task.getDueDate().toInstant(),
        clock.instant()));
  }
}
