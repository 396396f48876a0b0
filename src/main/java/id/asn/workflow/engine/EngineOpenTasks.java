package id.asn.workflow.engine;

import id.asn.workflow.sla.OpenTasks;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Open tasks read from the engine's task service. */
@Component
class EngineOpenTasks implements OpenTasks {

  private final TaskService taskService;

  EngineOpenTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public Optional<OpenTask> of(String processInstanceId, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult();
    return Optional.ofNullable(task).map(t -> new OpenTask(t.getId(), t.getAssignee(), t.getCreateTime().toInstant(),
        t.getDueDate().toInstant()));
  }
}
