package id.asn.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every group that has user tasks has a Tasklist queue (issue 19: "No filter available" for panitia and PPK). */
class TaskQueuesTest {

  @Test
  void everyCandidateGroupOfEveryProcessHasAQueue() {
    Set<String> groups = new TreeSet<>();
    for (File bpmn : new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
      for (UserTask task : Bpmn.readModelFromFile(bpmn).getModelElementsByType(UserTask.class)) {
        groups.add(task.getCamundaCandidateGroups());
      }
    }
    assertThat(groups).contains(Groups.PANITIA_SELEKSI, Groups.PPK, "${kelompokInstansi}");
    for (String group : groups) {
      if (group.equals("${kelompokInstansi}")) {
        continue; // each instansi's own queue, made with its group (TaskQueues.instansi)
      }
      assertThat(TaskQueues.ofGroup(group)).as("queue of " + group).isPresent()
          .hasValueSatisfying(q -> assertThat(q.readers()).contains(group));
    }
  }

  @Test
  void anInstansiQueueIsNamedForTheInstansiAndReadByItsGroupOnly() {
    TaskQueues.Queue queue = TaskQueues.instansi("instansiKabBatang", "Pemerintah Kabupaten Batang");
    assertThat(queue.name()).isEqualTo("Tugas Pemerintah Kabupaten Batang");
    assertThat(queue.readers()).containsExactly("instansiKabBatang");
    assertThat(TaskQueues.instansi("instansiKabUji", " ").name()).isEqualTo("Tugas instansiKabUji");
  }

  @Test
  void theOwnQueueIsEveryonesAndTheColumnLeavesBlankPartsOut() {
    assertThat(TaskQueues.fixed()).filteredOn(TaskQueues.Queue::own).singleElement()
        .satisfies(q -> assertThat(q.readers()).isEmpty());
    assertThat(TaskQueues.perihal("Siti Aminah", null, " 20250001 ", "")).isEqualTo("Siti Aminah · 20250001");
  }
}
