package id.asn.workflow.sla;

import java.time.Instant;
import java.util.Optional;

/** The open user task of a process instance, as the engine holds it. */
public interface OpenTasks {

  Optional<OpenTask> of(String processInstanceId, String taskKey);

  record OpenTask(String id, String assignee, Instant created, Instant due) {}
}
