package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.identity.Groups;
import id.asn.workflow.identity.TaskQueues;
import id.asn.workflow.support.AppTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Tasklist queues as users see them, with the engine's authorizations. */
@AppTest
class TaskQueueFiltersTest {

  @Autowired ProcessEngine engine;

  private final List<String> created = new ArrayList<>();

  @AfterEach
  void removeTasks() {
    created.forEach(id -> engine.getTaskService().deleteTask(id, true));
  }

  @Test
  void theCommitteeAndThePpkHaveTheirQueueAndEveryoneTheirOwn() {
    assertThat(asUser("panitia1", this::filterNames)).containsExactlyInAnyOrder("Tugas saya",
        "Tugas Panitia Seleksi");
    assertThat(asUser("ppkbatang", this::filterNames)).containsExactlyInAnyOrder("Tugas saya", "Tugas PPK");
    assertThat(asUser("pengawas1", this::filterNames)).contains("Tugas saya", "Verifikasi Usul NI",
        "Tanda Tangan Pertek");
  }

  @Test
  void aQueueListsItsGroupsTasksClaimedOrNotByDueDateWithTheSubjectColumn() {
    Task later = task(Groups.PANITIA_SELEKSI, "2026-06-10T00:00:00Z", null);
    Task sooner = task(Groups.PANITIA_SELEKSI, "2026-06-01T00:00:00Z", "panitia1");
    task(Groups.PPK, "2026-05-01T00:00:00Z", null);
    Filter queue = filter("Tugas Panitia Seleksi");
    assertThat(queue.getProperties()).containsEntry("variables",
        List.of(Map.of("name", TaskQueues.VAR_PERIHAL, "label", "Perihal")));
    List<String> listed = asUser("panitia1", () -> engine.getFilterService().<Task>list(queue.getId()).stream()
        .map(Task::getId).filter(created::contains).toList());
    assertThat(listed).containsExactly(sooner.getId(), later.getId());
    List<String> own = asUser("panitia1", () -> engine.getFilterService().<Task>list(filter("Tugas saya").getId())
        .stream().map(Task::getId).filter(created::contains).toList());
    assertThat(own).containsExactly(sooner.getId());
  }

  @Test
  void anInstansiGroupCreatedWhileRunningGetsItsQueueAndGrantsAtOnce() {
    String groupId = Groups.instansiGroup("KabBaru" + System.nanoTime() % 100000);
    Group group = engine.getIdentityService().newGroup(groupId);
    group.setName("Pemerintah Kabupaten Baru");
    engine.getIdentityService().saveGroup(group);

    Filter queue = filter("Tugas Pemerintah Kabupaten Baru");
    assertThat(queue.getProperties()).containsEntry(TaskQueueFilters.KEY, groupId);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(Resources.FILTER).resourceId(queue.getId()).count()).isOne();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(Resources.APPLICATION).resourceId("tasklist").count()).isOne();

    group.setName("Pemerintah Kabupaten Baru Sekali");
    engine.getIdentityService().saveGroup(group);
    assertThat(filter("Tugas Pemerintah Kabupaten Baru Sekali").getId()).as("renamed, not added")
        .isEqualTo(queue.getId());
  }

  private Task task(String group, String due, String assignee) {
    Task task = engine.getTaskService().newTask();
    task.setName("Uji antrean");
    task.setDueDate(Date.from(Instant.parse(due)));
    task.setAssignee(assignee);
    engine.getTaskService().saveTask(task);
    engine.getTaskService().addCandidateGroup(task.getId(), group);
    created.add(task.getId());
    return task;
  }

  private Filter filter(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult();
  }

  private List<String> filterNames() {
    return engine.getFilterService().createFilterQuery().list().stream().map(Filter::getName).toList();
  }

  private <T> T asUser(String user, Supplier<T> action) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
