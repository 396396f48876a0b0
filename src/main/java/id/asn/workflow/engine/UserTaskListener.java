package id.asn.workflow.engine;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import id.asn.workflow.kernel.UserTaskHandler;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The one listener of every user task: it finds the feature's {@link UserTaskHandler} by the process and task ids
 * and calls it as the task is created, assigned, completed (the acting user is taken from the request) and ends.
 * The values are checked as the task ends so that a refusal reaches Tasklist and REST as a 400 naming the field.
 */
@Component("userTaskListener")
class UserTaskListener implements TaskListener, ExecutionListener {

  private final Map<String, UserTaskHandler> handlers = new HashMap<>();
  private final TaskUsers users;
  private final ProcessDeadlines deadlines;
  private final Clock clock;
  private final FormFieldLabels labels;

  UserTaskListener(List<UserTaskHandler> all, TaskUsers users, ProcessDeadlines deadlines, Clock clock,
      FormFieldLabels labels) {
    for (UserTaskHandler handler : all) {
      for (String process : handler.binding().processes()) {
        for (String task : handler.binding().tasks()) {
          UserTaskHandler before = handlers.put(key(process, task), handler);
          if (before != null) {
            throw new IllegalStateException("Two handlers for " + key(process, task) + ": " + before.getClass()
                .getSimpleName() + " and " + handler.getClass().getSimpleName());
          }
        }
      }
    }
    this.users = users;
    this.deadlines = deadlines;
    this.clock = clock;
    this.labels = labels;
  }

  /** The handlers by "process/task", for the model test. */
  Map<String, UserTaskHandler> handlers() {
    return Map.copyOf(handlers);
  }

  @Override
  public void notify(DelegateTask task) {
    UserTaskHandler handler = handlerOf(task.getBpmnModelElementInstance(), task.getTaskDefinitionKey());
    String id = (String) task.getVariable(handler.binding().idVariable());
    switch (TaskEvents.of(task)) {
      case EVENTNAME_CREATE -> {
        UserTaskHandler.Start start = handler.started(id, task.getTaskDefinitionKey());
        task.removeVariables(start.cleared());
        task.setVariables(start.variables());
      }
      case EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null) {
          refused(handler, formOf(task.getBpmnModelElementInstance()), () -> handler.assigned(id, task.getTaskDefinitionKey(), task.getAssignee()));
        }
      }
      case EVENTNAME_COMPLETE -> task.setVariable(handler.binding().userVariable(), users.actingUser(task));
      default -> { }
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return; // a cancelled task (a boundary event, a deleted instance) decides nothing
    }
    String taskKey = execution.getCurrentActivityId();
    UserTaskHandler handler = handlerOf(execution.getBpmnModelElementInstance(), taskKey);
    String id = (String) execution.getVariable(handler.binding().idVariable());
    Instant now = clock.instant();
    TaskCompletion completion = new TaskCompletion(id, taskKey, new CompletionValues(execution.getVariables()),
        (String) execution.getVariable(handler.binding().userVariable()), LocalDate.ofInstant(now, Deadline.ZONE), now);
    refused(handler, formOf(execution.getBpmnModelElementInstance()), () -> {
      // what a completion does to another process (a corrected usul to pertekNiCasn) runs on the process's behalf
      Map<String, Object> variables = WithoutAuthorization.call(() -> handler.completed(completion));
      execution.setVariables(handler.binding().deadlineOwner() == null ? variables
          : deadlines.track(execution, execution.getProcessInstanceId(), variables, handler.binding().deadlineOwner(), id));
    });
  }

  private UserTaskHandler handlerOf(FlowElement element, String taskKey) {
    String key = key(processOf(element), taskKey);
    UserTaskHandler handler = handlers.get(key);
    if (handler == null) {
      throw new IllegalStateException("No user task handler for " + key);
    }
    return handler;
  }

  static String processOf(ModelElementInstance element) {
    ModelElementInstance parent = element;
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    if (parent == null) {
      throw new IllegalStateException("User task " + element + " outside a process");
    }
    return ((Process) parent).getId();
  }

  /** Refused with a sentence that names the field by the label the form shows: "… “Alasan untuk instansi” wajib …". */
  private void refused(UserTaskHandler handler, String form, Runnable work) {
    try {
      work.run();
    } catch (InvalidCompletionException e) {
      String field = labels.label(form, e.field()).map(label -> "\u201c" + label + "\u201d")
          .orElse(e.field() + ":");
      throw new FormFieldValidationException(e.field(), handler.binding().refusal() + field + " " + e.reason());
    }
  }

  private static String formOf(FlowElement element) {
    return element instanceof UserTask task ? task.getCamundaFormRef() : null;
  }

  static String key(String process, String task) {
    return process + "/" + task;
  }
}
