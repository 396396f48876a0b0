package id.asn.workflow.engine;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.DeadlineLedger;
import id.asn.workflow.calendar.DeadlineOwner;
import id.asn.workflow.calendar.DeadlineRecount;
import id.asn.workflow.calendar.ScheduleReview;
import id.asn.workflow.calendar.TrackedDeadline;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the holidays of a year change (a decree replaces the provisional calendar, or is revised), counts again
 * every open deadline whose span crossed that year: the variable, the timer jobs and the task due dates that read
 * it move, the ledger follows, and the deadline's owner records the change and tells whoever must act. One
 * transaction per process instance, retried when a job or task changed under it (the job executor, another node).
 */
@Component
class DeadlineRetimer implements DeadlineRecount {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineRetimer.class);
  private static final int ATTEMPTS = 5;

  private final DeadlineLedger ledger;
  private final CalendarService calendar;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final ProcessDeadlines deadlines;
  private final Map<String, DeadlineOwner> owners;
  private final List<ScheduleReview> reviews;
  private final TransactionTemplate perInstance;
  private final Map<String, DeadlineReaders> readers = new ConcurrentHashMap<>();

  DeadlineRetimer(DeadlineLedger ledger, CalendarService calendar, RuntimeService runtime,
      ManagementService management, TaskService tasks, RepositoryService repository, ProcessDeadlines deadlines,
      List<DeadlineOwner> owners, List<ScheduleReview> reviews, PlatformTransactionManager transactions) {
    this.ledger = ledger;
    this.calendar = calendar;
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.repository = repository;
    this.deadlines = deadlines;
    this.owners = owners.stream().collect(Collectors.toMap(DeadlineOwner::kind, Function.identity()));
    this.reviews = reviews;
    this.perInstance = new TransactionTemplate(transactions);
    this.perInstance.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public Summary yearChanged(int year) {
    int moved = 0;
    List<String> processes = ledger.processesTouching(year);
    List<String> failed = new ArrayList<>();
    for (String processInstanceId : processes) {
      try {
        moved += retried(processInstanceId);
      } catch (RuntimeException e) {
        // the year is entered; one instance that cannot move must not hide what moved for the others
        LOG.warn("Tenggat instance {} tidak dapat dihitung ulang", processInstanceId, e);
        failed.add(processInstanceId);
      }
    }
    List<String> warnings = new ArrayList<>();
    for (ScheduleReview review : reviews) {
      warnings.addAll(review.yearChanged(year));
    }
    LOG.info("Kalender {}: {} instance diperiksa, {} tenggat dihitung ulang, {} peringatan jadwal, {} gagal", year,
        processes.size(), moved, warnings.size(), failed.size());
    return new Summary(year, processes.size(), moved, warnings, failed);
  }

  private int retried(String processInstanceId) {
    for (int attempt = 1; ; attempt++) {
      try {
        Integer moved = perInstance.execute(status -> retime(processInstanceId));
        return moved == null ? 0 : moved;
      } catch (OptimisticLockingException | ConcurrencyFailureException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        LOG.debug("Retrying the deadlines of {} after a conflict ({})", processInstanceId, e.getMessage());
      }
    }
  }

  /** Counts the instance's deadlines again; returns how many moved. */
  private int retime(String processInstanceId) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      ledger.forgetProcess(processInstanceId);
      return 0;
    }
    WorkingDayCalendar days = calendar.calendar();
    DeadlineReaders reading = readers.computeIfAbsent(instance.getProcessDefinitionId(),
        id -> DeadlineReaders.of(repository.getBpmnModelInstance(id)));
    int moved = 0;
    for (TrackedDeadline before : ledger.ofProcess(processInstanceId)) {
      TrackedDeadline after = before.recounted(days);
      if (after.deadline().equals(before.deadline())) {
        continue;
      }
      Date at = Date.from(after.instant());
      runtime.setVariable(processInstanceId, after.variable(), at);
      for (String timer : reading.timersOf(after.variable())) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(timer).list()) {
          management.setJobDuedate(job.getId(), at);
        }
      }
      for (String taskKey : reading.tasksDueOn(after.variable())) {
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list()) {
          task.setDueDate(at);
          tasks.saveTask(task);
        }
      }
      ledger.save(after);
      DeadlineOwner owner = owners.get(after.ownerKind());
      if (owner != null) {
        owner.moved(before, after);
      }
      moved++;
    }
    if (moved > 0) {
      runtime.setVariable(processInstanceId, ProcessDeadlines.VAR_CATATAN_TENGGAT, deadlines.noteOf(processInstanceId));
    }
    return moved;
  }
}
