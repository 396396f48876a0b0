package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.Pengadaan.*;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.recruitment.SeleksiSteps;
import id.asn.workflow.recruitment.Tahap;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Every user task of pengadaanPns: as it is created, the period moves to the task's stage and the form gets its
 * overview; as it completes, the acting user is taken from the request; as it ends, the values are checked on
 * the server and recorded, so that a refusal reaches Tasklist and REST as a 400 naming the field and the reason.
 */
@Component("seleksiTaskListener")
class SeleksiTaskListener implements TaskListener, ExecutionListener {

  private final SeleksiSteps steps;
  private final TaskUsers users;
  private final ProcessDeadlines deadlines;
  private final Clock clock;

  SeleksiTaskListener(SeleksiSteps steps, TaskUsers users, ProcessDeadlines deadlines, Clock clock) {
    this.steps = steps;
    this.users = users;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String id = (String) task.getVariable(VAR_PERIODE_ID);
    Tahap tahap = Tahap.ofTask(task.getTaskDefinitionKey()).orElseThrow();
    switch (TaskEvents.of(task)) {
      case EVENTNAME_CREATE -> {
        steps.stageStarted(id, tahap);
        task.setVariables(steps.formVariables(id, tahap));
      }
      case EVENTNAME_COMPLETE -> task.setVariable(VAR_PETUGAS, users.actingUser(task));
      default -> { }
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return;
    }
    Tahap tahap = Tahap.ofTask(execution.getCurrentActivityId()).orElseThrow();
    Instant now = clock.instant();
    try {
      String id = (String) execution.getVariable(VAR_PERIODE_ID);
      Map<String, Object> variables = steps.complete(id, tahap, new CompletionValues(execution.getVariables()),
          (String) execution.getVariable(VAR_PETUGAS), LocalDate.ofInstant(now, SeleksiSteps.ZONE), now);
      execution.setVariables(deadlines.track(execution, execution.getProcessInstanceId(), variables,
          SeleksiSteps.DEADLINE_OWNER, id));
    } catch (InvalidCompletionException e) {
      throw new FormFieldValidationException(e.field(), "Tugas tidak dapat diselesaikan: " + e.getMessage());
    }
  }
}
