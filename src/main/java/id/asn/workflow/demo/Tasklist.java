package id.asn.workflow.demo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the simulator does as the demo officers would in Tasklist: read a process's open tasks, claim one, complete
 * one with its form's values, each signed in as the officer (with their groups), so that the engine's listeners and
 * authorizations see a real user. The engine implements it ({@code engine.EngineTasklist}), in the demo profile only.
 */
public interface Tasklist {

  List<OpenTask> openTasks(String processKey);

  void claim(String user, String taskId);

  void complete(String user, String taskId, Map<String, Object> variables);

  /** An open task: its id, its task id in the process ({@code verifikasiUsul}), when it was made, who holds it. */
  record OpenTask(String id, String taskKey, Instant created, String assignee) {}
}
