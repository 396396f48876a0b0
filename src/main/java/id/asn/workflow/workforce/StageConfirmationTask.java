package id.asn.workflow.workforce;

import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The three stages the instansi confirms once its imported data is complete (Peraturan BKN 9/2022): job analysis
 * (every position's job information), workload analysis (every position's tasks verified) and the job map (every
 * unit checked). Each refuses while data is missing, naming what is missing.
 */
abstract class StageConfirmationTask extends PlanningTask {

  private final String field;
  private final String reason;

  StageConfirmationTask(Stage stage, PlanningTasks steps, String field, String reason) {
    super(stage, steps);
    this.field = field;
    this.reason = reason;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    List<String> gaps = steps.gaps(steps.planning(c.id()), stage);
    if (!gaps.isEmpty()) {
      throw new InvalidCompletionException(field, "data belum lengkap: " + String.join("; ", gaps));
    }
    c.values().requireTrue(field, reason);
    return Map.of();
  }

  @Component
  static class JobAnalysisTask extends StageConfirmationTask {
    JobAnalysisTask(PlanningTasks steps) {
      super(Stage.ANALISIS_JABATAN, steps, "analisisJabatanSelesai",
          "tandai bahwa informasi jabatan setiap jabatan sudah lengkap");
    }
  }

  @Component
  static class WorkloadAnalysisTask extends StageConfirmationTask {
    WorkloadAnalysisTask(PlanningTasks steps) {
      super(Stage.ANALISIS_BEBAN_KERJA, steps, "analisisBebanKerjaSelesai",
          "tandai bahwa analisis beban kerja setiap jabatan sudah diverifikasi");
    }
  }

  @Component
  static class JobMapTask extends StageConfirmationTask {
    JobMapTask(PlanningTasks steps) {
      super(Stage.PETA_JABATAN, steps, "petaJabatanSelesai",
          "tandai bahwa peta jabatan setiap unit organisasi sudah diperiksa");
    }
  }
}
