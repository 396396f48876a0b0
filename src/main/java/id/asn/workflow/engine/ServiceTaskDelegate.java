package id.asn.workflow.engine;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.ServiceTaskHandler;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one delegate of every service task: it finds the feature's {@link ServiceTaskHandler} by the process and
 * activity ids, runs it, and writes the variables it returns. A {@link Deadline} becomes the end of its last day,
 * tracked in the ledger; a date that open tasks of the instance are due on moves their due date with it.
 */
@Component("serviceTask")
class ServiceTaskDelegate implements JavaDelegate {

  private final Map<String, ServiceTaskHandler> handlers = new HashMap<>();
  private final Map<String, DeadlineReaders> readers = new ConcurrentHashMap<>();
  private final ProcessDeadlines deadlines;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final Clock clock;

  ServiceTaskDelegate(List<ServiceTaskHandler> all, ProcessDeadlines deadlines, RepositoryService repository,
      TaskService tasks, Clock clock) {
    for (ServiceTaskHandler handler : all) {
      for (String process : handler.binding().processes()) {
        for (String activity : handler.binding().activities()) {
          ServiceTaskHandler before = handlers.put(UserTaskListener.key(process, activity), handler);
          if (before != null) {
            throw new IllegalStateException("Two handlers for " + UserTaskListener.key(process, activity) + ": "
                + before.getClass().getSimpleName() + " and " + handler.getClass().getSimpleName());
          }
        }
      }
    }
    this.deadlines = deadlines;
    this.repository = repository;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** The handlers by "process/activity", for the model test. */
  Map<String, ServiceTaskHandler> handlers() {
    return Map.copyOf(handlers);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String activity = execution.getCurrentActivityId();
    String key = UserTaskListener.key(UserTaskListener.processOf(execution.getBpmnModelElementInstance()), activity);
    ServiceTaskHandler handler = handlers.get(key);
    if (handler == null) {
      throw new IllegalStateException("No service task handler for " + key);
    }
    ServiceTaskHandler.Binding binding = handler.binding();
    String id = (String) execution.getVariable(binding.idVariable());
    Instant now = clock.instant();
    ServiceTaskHandler.Result result = handler.run(new ServiceTaskHandler.Step(id, activity,
        execution.getProcessInstanceId(), new CompletionValues(execution.getVariables()),
        LocalDate.ofInstant(now, Deadline.ZONE), now));
    execution.removeVariables(result.cleared());
    Map<String, Object> variables = binding.deadlineOwner() == null ? result.variables()
        : deadlines.track(execution, execution.getProcessInstanceId(), result.variables(), binding.deadlineOwner(), id);
    execution.setVariables(variables);
    moveDueDates(execution, variables);
  }

  /** Open tasks due on a date the step just changed (a planning's submission deadline) are due on the new one. */
  private void moveDueDates(DelegateExecution execution, Map<String, Object> variables) {
    DeadlineReaders reading = readers.computeIfAbsent(execution.getProcessDefinitionId(),
        definition -> DeadlineReaders.of(repository.getBpmnModelInstance(definition)));
    variables.forEach((name, value) -> {
      List<String> dueOn = reading.tasksDueOn(name);
      if (value instanceof Date due && !dueOn.isEmpty()) {
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKeyIn(dueOn.toArray(String[]::new)).list()) {
          if (!due.equals(task.getDueDate())) {
            task.setDueDate(due);
            tasks.saveTask(task);
          }
        }
      }
    });
  }
}
