package id.asn.workflow.engine;

import id.asn.workflow.sla.CompletedTask;
import id.asn.workflow.sla.SlaLedger;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every user task of every process that completes is handed to the SLA ledger (which keeps those that have a
 * standard) and the live timers. The Camunda Spring Boot event bridge publishes each task event inside the
 * engine's transaction, so a completion refused later in the same command records nothing.
 */
@Component
class SlaTaskCompletionListener {

  private final SlaLedger ledger;
  private final TaskUsers users;
  private final Clock clock;

  SlaTaskCompletionListener(SlaLedger ledger, TaskUsers users, Clock clock) {
    this.ledger = ledger;
    this.users = users;
    this.clock = clock;
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
  public void onComplete(DelegateTask task) {
    if (task.getProcessDefinitionId() == null) {
      return; // a standalone or case task: no process, no standard
    }
    String proses = task instanceof TaskEntity entity && entity.getProcessDefinition() != null
        ? entity.getProcessDefinition().getKey()
        : task.getProcessDefinitionId().split(":")[0];
    String petugas = task.getAssignee() != null ? task.getAssignee() : users.actingUser(task);
    ledger.completed(new CompletedTask(task.getId(), proses, task.getTaskDefinitionKey(),
        task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), petugas,
        task.getCreateTime().toInstant(), clock.instant()));
  }
}
