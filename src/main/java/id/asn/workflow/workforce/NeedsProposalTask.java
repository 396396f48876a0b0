package id.asn.workflow.workforce;

import id.asn.workflow.kernel.TaskCompletion;
import java.util.Map;
import org.springframework.stereotype.Component;

/** usulKebutuhan: the instansi orders the positions in shortfall by priority and fills the attachments. */
@Component
class NeedsProposalTask extends PlanningTask {

  NeedsProposalTask(PlanningTasks steps) {
    super(Stage.USUL_KEBUTUHAN, steps);
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    return Map.of(KebutuhanProcess.VAR_URUTAN_PRIORITAS, steps.compose(steps.planning(c.id()), c.values(), c.user(), c.now()));
  }
}
