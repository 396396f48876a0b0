package id.asn.workflow.workforce;

import id.asn.workflow.kernel.TaskCompletion;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * perbaikanUsulKebutuhan: after BKN returned the proposal, the instansi says what it corrected, orders the
 * priorities again and sends it once more.
 */
@Component
class CorrectionTask extends PlanningTask {

  CorrectionTask(PlanningTasks steps) {
    super(Stage.PERBAIKAN, steps);
  }

  @Override
  protected List<String> cleared() {
    return List.of("catatanPerbaikan", "renstraDilampirkan");
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    String catatan = c.values().requiredText("catatanPerbaikan", 2000, "apa yang diperbaiki atas pengembalian BKN");
    String order = steps.compose(steps.planning(c.id()), c.values(), c.user(), c.now());
    steps.submit(steps.planning(c.id()), c.values(), c.today());
    steps.recordCorrection(c.id(), catatan, c.user(), c.now());
    return Map.of(KebutuhanProcess.VAR_URUTAN_PRIORITAS, order);
  }
}
