package id.asn.workflow.engine;

import id.asn.workflow.identity.AccessPolicy.Grant;
import id.asn.workflow.identity.TaskQueues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The {@link TaskQueues} as Tasklist filters, kept by the application: each found by its key (the property
 * {@value #KEY}), so that a renamed group renames its queue rather than adding one.
 */
@Component
class TaskQueueFilters {

  /** The filter property that holds the queue's key. */
  static final String KEY = "antrean";

  private final FilterService filterService;
  private final TaskService taskService;
  private final EngineGrants grants;

  TaskQueueFilters(FilterService filterService, TaskService taskService, EngineGrants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  void ensure(TaskQueues.Queue queue) {
    Filter filter = find(queue).orElseGet(() -> filterService.newTaskFilter(queue.name()));
    filter.setName(queue.name());
    filter.setQuery(query(queue));
    filter.setProperties(Map.of("description", queue.description(), "priority", queue.priority(), "refresh", true,
        KEY, queue.key(), "variables", List.of(Map.of("name", TaskQueues.VAR_PERIHAL, "label", "Perihal"))));
    filterService.saveFilter(filter);
    if (queue.own()) {
      grants.ensureEveryoneReads(Resources.FILTER, filter.getId());
    }
    queue.readers().forEach(g -> grants.ensure(new Grant(g, "FILTER", filter.getId(), Set.of("READ"))));
  }

  /** Deletes the filters of queues an earlier version made and these replace. */
  void retire(List<String> names) {
    names.forEach(name -> filterService.createFilterQuery().filterName(name).list().stream()
        .filter(f -> f.getProperties() == null || f.getProperties().get(KEY) == null)
        .forEach(f -> filterService.deleteFilter(f.getId())));
  }

  /** The name of each queue the application keeps, by its key. */
  Map<String, String> namesByKey() {
    Map<String, String> names = new HashMap<>();
    filterService.createFilterQuery().list().forEach(f -> {
      if (keyOf(f) instanceof String key) {
        names.put(key, f.getName());
      }
    });
    return names;
  }

  private Optional<Filter> find(TaskQueues.Queue queue) {
    List<Filter> all = filterService.createFilterQuery().list();
    return all.stream().filter(f -> queue.key().equals(keyOf(f))).findFirst()
        .or(() -> all.stream().filter(f -> queue.name().equals(f.getName()) && keyOf(f) == null).findFirst());
  }

  private static Object keyOf(Filter filter) {
    return filter.getProperties() == null ? null : filter.getProperties().get(KEY);
  }

  private TaskQuery query(TaskQueues.Queue queue) {
    TaskQuery query = taskService.createTaskQuery();
    if (queue.own()) {
      query.taskAssigneeExpression("${currentUser()}");
    } else {
      query.taskCandidateGroup(queue.key()).includeAssignedTasks();
    }
    return query.orderByDueDate().asc();
  }
}
