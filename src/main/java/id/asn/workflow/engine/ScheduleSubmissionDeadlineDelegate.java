package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Kebutuhan.*;

import id.asn.workflow.calendar.TrackedDeadline;
import id.asn.workflow.workforce.DeadlineService;
import id.asn.workflow.workforce.PlanningSteps;
import id.asn.workflow.workforce.SubmissionDeadline;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The submission deadline of the planning, at its start and again after a budget change: the deadline
 * timer fires when the last day is over (Jakarta time), the warning at the start of the office day; the
 * instansi's open tasks are due at the deadline and their forms show it.
 */
@Component("scheduleSubmissionDeadlineDelegate")
class ScheduleSubmissionDeadlineDelegate implements JavaDelegate {

  /** Office hours start: a warning that arrives at midnight is read in the morning anyway. */
  static final LocalTime WARNING_TIME = LocalTime.of(8, 0);

  private final PlanningSteps steps;
  private final TaskService taskService;
  private final ProcessDeadlines deadlines;
  private final Clock clock;

  ScheduleSubmissionDeadlineDelegate(PlanningSteps steps, TaskService taskService, ProcessDeadlines deadlines, Clock clock) {
    this.steps = steps;
    this.taskService = taskService;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(VAR_PENYUSUNAN_ID);
    DeadlineService.Deadline deadline = steps.scheduleDeadline(id, clock.instant());
    Date batas = Date.from(SubmissionDeadline.endOf(deadline.lastDay()));
    execution.setVariable(VAR_BATAS_PENYAMPAIAN, batas);
    deadlines.set(execution, new TrackedDeadline(execution.getProcessInstanceId(), VAR_WAKTU_PERINGATAN,
        PlanningSteps.DEADLINE_OWNER, id, deadline.warning(), WARNING_TIME.toSecondOfDay()));
    for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      if (task.getDueDate() != null && !task.getDueDate().equals(batas)) {
        task.setDueDate(batas);
        taskService.saveTask(task);
      }
    }
    execution.setVariables(steps.instansiFormVariables(steps.planning(id)));
  }
}
