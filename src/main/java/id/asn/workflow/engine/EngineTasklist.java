package id.asn.workflow.engine;

import id.asn.workflow.demo.Tasklist;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo simulator's Tasklist: the engine's task service, signed in as the officer with their groups. */
@Component
@Profile("demo")
class EngineTasklist implements Tasklist {

  private final TaskService taskService;
  private final IdentityService identityService;

  EngineTasklist(TaskService taskService, IdentityService identityService) {
    this.taskService = taskService;
    this.identityService = identityService;
  }

  @Override
  public List<OpenTask> openTasks(String processKey) {
    return taskService.createTaskQuery().processDefinitionKey(processKey).list().stream()
        .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getCreateTime().toInstant(), t.getAssignee()))
        .toList();
  }

  @Override
  public void claim(String user, String taskId) {
    as(user, () -> taskService.claim(taskId, user));
  }

  @Override
  public void complete(String user, String taskId, Map<String, Object> variables) {
    as(user, () -> taskService.complete(taskId, variables));
  }

  private void as(String user, Runnable action) {
    identityService.setAuthentication(user,
        identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
