package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.Pengangkatan.*;

import id.asn.workflow.appointment.AppointmentSteps;
import id.asn.workflow.appointment.AppointmentTask;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Every user task of pengangkatanCpns and pengangkatanPppk: as it is created, the appointment moves to the task's stage and the form
 * gets its overview; as it completes, the acting user is taken from the request; as it ends, the values are checked
 * on the server and recorded, so that a refusal reaches Tasklist and REST as a 400 naming the field and the reason.
 * What the step then does to another process (a corrected usul to pertekNiCasn) runs on the process's behalf.
 */
@Component("appointmentTaskListener")
class AppointmentTaskListener implements TaskListener, ExecutionListener {

  private final AppointmentSteps steps;
  private final TaskUsers users;
  private final ProcessDeadlines deadlines;
  private final Clock clock;

  AppointmentTaskListener(AppointmentSteps steps, TaskUsers users, ProcessDeadlines deadlines, Clock clock) {
    this.steps = steps;
    this.users = users;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String id = (String) task.getVariable(VAR_PENGANGKATAN_ID);
    AppointmentTask kind = AppointmentTask.ofKey(task.getTaskDefinitionKey()).orElseThrow();
    switch (TaskEvents.of(task)) {
      case EVENTNAME_CREATE -> {
        steps.taskStarted(id, kind);
        task.setVariables(steps.formVariables(id, kind));
      }
      case EVENTNAME_COMPLETE -> task.setVariable(VAR_PETUGAS, users.actingUser(task));
      default -> { }
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return; // a cancelled task (a boundary event, the candidate left) decides nothing
    }
    AppointmentTask kind = AppointmentTask.ofKey(execution.getCurrentActivityId()).orElseThrow();
    LocalDate today = LocalDate.ofInstant(clock.instant(), AppointmentSteps.ZONE);
    try {
      String id = (String) execution.getVariable(VAR_PENGANGKATAN_ID);
      Map<String, Object> variables = WithoutAuthorization.call(() -> steps.complete(id, kind,
          new CompletionValues(execution.getVariables()), (String) execution.getVariable(VAR_PETUGAS), today));
      execution.setVariables(deadlines.track(execution, execution.getProcessInstanceId(), variables,
          AppointmentSteps.DEADLINE_OWNER, id));
    } catch (InvalidCompletionException e) {
      throw new FormFieldValidationException(e.field(), "Tugas tidak dapat diselesaikan: " + e.getMessage());
    }
  }
}
