package id.asn.workflow.engine;

import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.sla.OpenTaskDeadlines;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A changed POS standard moves the open tasks: each task's due date and its boundary timer become its creation time
 * plus the new standard, so the alert, the due date and the report agree for tasks already waiting as well.
 */
@Component
class OpenTaskRetimer implements OpenTaskDeadlines {

  private static final int PAGE = 1000;
  private static final Map<String, String> TIMERS = Map.of(PertekProcess.TASK_VERIFIKASI,
      PertekProcess.TIMER_BATAS_VERIFIKASI, PertekProcess.TASK_TANDA_TANGAN, PertekProcess.TIMER_BATAS_TANDA_TANGAN);

  private final TaskService tasks;
  private final ManagementService management;

  OpenTaskRetimer(TaskService tasks, ManagementService management) {
    this.tasks = tasks;
    this.management = management;
  }

  @Override
  public int retime(String proses, String kegiatan, Duration standard) {
    String timer = TIMERS.get(kegiatan);
    int moved = 0;
    for (int first = 0; ; first += PAGE) {
      List<Task> page = tasks.createTaskQuery().processDefinitionKey(proses).taskDefinitionKey(kegiatan)
          .orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(first, PAGE);
      for (Task task : page) {
        Date due = new Date(task.getCreateTime().getTime() + standard.toMillis());
        task.setDueDate(due);
        tasks.saveTask(task);
        if (timer != null) {
          for (Job job : management.createJobQuery().processInstanceId(task.getProcessInstanceId()).activityId(timer)
              .timers().list()) {
            management.setJobDuedate(job.getId(), due);
          }
        }
        moved++;
      }
      if (page.size() < PAGE) {
        return moved;
      }
    }
  }
}
