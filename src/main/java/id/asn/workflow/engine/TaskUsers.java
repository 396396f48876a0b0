package id.asn.workflow.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting on a task: the authenticated user of the request (Tasklist, REST), else the assignee. */
@Component
class TaskUsers {

  private final IdentityService identityService;

  TaskUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  String actingUser(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
