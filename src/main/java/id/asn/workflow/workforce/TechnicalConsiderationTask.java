package id.asn.workflow.workforce;

import id.asn.workflow.kernel.TaskCompletion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * pertimbanganTeknis: BKN gives its technical consideration on the determined needs, or returns the proposal with
 * its note. The form shows the consideration as it would be issued.
 */
@Component
class TechnicalConsiderationTask extends PlanningTask {

  private final PlanningRepository plannings;
  private final PlanningDataRepository data;
  private final PlanningReports reports;

  TechnicalConsiderationTask(PlanningTasks steps, PlanningRepository plannings, PlanningDataRepository data,
      PlanningReports reports) {
    super(Stage.PERTIMBANGAN_TEKNIS, steps);
    this.plannings = plannings;
    this.data = data;
    this.reports = reports;
  }

  @Override
  public Start started(String id, String task) {
    steps.stageStarted(id, stage);
    Planning p = steps.planning(id);
    NeedsProposal proposal = reports.proposal(p);
    Map<String, Object> variables = new HashMap<>();
    variables.put(KebutuhanProcess.VAR_RINGKASAN_PERTIMBANGAN, PlanningSummaries.consideration(p,
        reports.consideration(p, proposal), data.determined(id)));
    return new Start(variables, List.of(KebutuhanProcess.VAR_KEPUTUSAN_PERTIMBANGAN, "catatanPertimbangan"));
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    ConsiderationDecision decision = ConsiderationDecision.of(c.values());
    Map<String, Object> result = new HashMap<>();
    result.put(KebutuhanProcess.VAR_KEPUTUSAN_PERTIMBANGAN, decision.keputusan().name());
    if (decision.keputusan() == ConsiderationDecision.Keputusan.KEMBALIKAN) {
      result.put(KebutuhanProcess.VAR_ALASAN_PENGEMBALIAN, decision.catatan());
    } else {
      plannings.saveConsideration(c.id(), decision.catatan());
    }
    return result;
  }
}
