package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.Kebutuhan.*;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.workforce.PlanningSteps;
import id.asn.workflow.workforce.Stage;
import id.asn.workflow.workforce.SubmissionDeadline;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Every user task of penyusunanKebutuhanAsn: as it is created, the planning moves to the task's stage and
 * the form gets what it shows (a new round starts without the last round's decision); as it completes, the
 * acting user is taken from the request; as it ends, the values are checked and recorded. As for the Pertek
 * tasks, the check runs as the task ends so that a refusal reaches Tasklist and REST as a 400 with its reason.
 */
@Component("workforceTaskListener")
class WorkforceTaskListener implements TaskListener, ExecutionListener {

  static final Map<String, Stage> STAGES = Map.of(
      TASK_ANALISIS_JABATAN, Stage.ANALISIS_JABATAN,
      TASK_ANALISIS_BEBAN_KERJA, Stage.ANALISIS_BEBAN_KERJA,
      TASK_PETA_JABATAN, Stage.PETA_JABATAN,
      TASK_USUL_KEBUTUHAN, Stage.USUL_KEBUTUHAN,
      TASK_PENYAMPAIAN, Stage.PENYAMPAIAN,
      TASK_PERBAIKAN, Stage.PERBAIKAN,
      TASK_ANALISIS_KEBUTUHAN, Stage.ANALISIS_KEBUTUHAN,
      TASK_PERTIMBANGAN_TEKNIS, Stage.PERTIMBANGAN_TEKNIS);

  /** Decisions of an earlier round that a new round must not inherit. */
  static final Map<Stage, List<String>> CLEARED = Map.of(
      Stage.PERBAIKAN, List.of("catatanPerbaikan", "renstraDilampirkan"),
      Stage.ANALISIS_KEBUTUHAN, List.of(PlanningSteps.VAR_HASIL_ANALISIS, "alasanAnalisis", "laporanAnalisis",
          "inventarisasiData", "klasifikasiData", "pengolahanData", "verifikasiValidasi"),
      Stage.PERTIMBANGAN_TEKNIS, List.of(PlanningSteps.VAR_KEPUTUSAN_PERTIMBANGAN, "catatanPertimbangan"));

  private final PlanningSteps steps;
  private final TaskUsers users;
  private final Clock clock;

  WorkforceTaskListener(PlanningSteps steps, TaskUsers users, Clock clock) {
    this.steps = steps;
    this.users = users;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String id = (String) task.getVariable(VAR_PENYUSUNAN_ID);
    Stage stage = STAGES.get(task.getTaskDefinitionKey());
    switch (TaskEvents.of(task)) {
      case EVENTNAME_CREATE -> {
        steps.stageStarted(id, stage);
        task.removeVariables(CLEARED.getOrDefault(stage, List.of()));
        task.setVariables(steps.formVariables(id, stage));
      }
      case EVENTNAME_COMPLETE -> task.setVariable(VAR_PETUGAS, users.actingUser(task));
      default -> { }
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return; // a cancelled instance decides nothing
    }
    Stage stage = STAGES.get(execution.getCurrentActivityId());
    Instant now = clock.instant();
    try {
      execution.setVariables(steps.complete((String) execution.getVariable(VAR_PENYUSUNAN_ID), stage,
          new CompletionValues(execution.getVariables()), (String) execution.getVariable(VAR_PETUGAS),
          LocalDate.ofInstant(now, SubmissionDeadline.ZONE), now));
    } catch (InvalidCompletionException e) {
      throw new FormFieldValidationException(e.field(), "Tugas tidak dapat diselesaikan: " + e.getMessage());
    }
  }
}
