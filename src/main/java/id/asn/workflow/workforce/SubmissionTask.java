package id.asn.workflow.workforce;

import id.asn.workflow.kernel.TaskCompletion;
import java.util.Map;
import org.springframework.stereotype.Component;

/** penyampaianUsul: the head of the instansi sends the proposal to BKN with the covering letter. */
@Component
class SubmissionTask extends PlanningTask {

  SubmissionTask(PlanningTasks steps) {
    super(Stage.PENYAMPAIAN, steps);
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    steps.submit(steps.planning(c.id()), c.values(), c.today());
    return Map.of();
  }
}
