package id.asn.workflow.workforce;

import id.asn.workflow.kernel.TaskCompletion;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * analisisKebutuhan: BKN analyses the proposal (Peraturan BKN 9/2022): it returns it with a reason, or determines
 * the needs per position with its report. The form starts from the shortfall the instansi proposed.
 */
@Component
class NeedsAnalysisTask extends PlanningTask {

  private final PlanningRepository plannings;
  private final PlanningDataRepository data;
  private final PlanningReports reports;

  NeedsAnalysisTask(PlanningTasks steps, PlanningRepository plannings, PlanningDataRepository data,
      PlanningReports reports) {
    super(Stage.ANALISIS_KEBUTUHAN, steps);
    this.plannings = plannings;
    this.data = data;
    this.reports = reports;
  }

  @Override
  public Start started(String id, String task) {
    steps.stageStarted(id, stage);
    Planning p = steps.planning(id);
    NeedsProposal proposal = reports.proposal(p);
    Map<String, Integer> proposed = new LinkedHashMap<>();
    proposal.shortfall().forEach(i -> proposed.put(i.kode(), i.kekurangan()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(KebutuhanProcess.VAR_RINGKASAN_USUL, PlanningSummaries.proposal(p, proposal));
    variables.put(KebutuhanProcess.VAR_PENETAPAN, DeterminedNeeds.text(proposed));
    return new Start(variables, List.of(KebutuhanProcess.VAR_HASIL_ANALISIS, "alasanAnalisis", "laporanAnalisis",
        "inventarisasiData", "klasifikasiData", "pengolahanData", "verifikasiValidasi"));
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    Set<String> codes = data.positions(c.id()).stream().map(Position::kode).collect(Collectors.toSet());
    AnalysisDecision decision = AnalysisDecision.of(c.values(), codes);
    Map<String, Object> result = new HashMap<>();
    result.put(KebutuhanProcess.VAR_HASIL_ANALISIS, decision.hasil().name());
    if (decision.hasil() == AnalysisDecision.Hasil.KEMBALIKAN) {
      result.put(KebutuhanProcess.VAR_ALASAN_PENGEMBALIAN, decision.alasan());
    } else {
      determine(c.id(), decision, c.user(), c.now());
    }
    return result;
  }

  private void determine(String id, AnalysisDecision decision, String user, Instant now) {
    data.saveDetermined(id, decision.penetapan());
    plannings.saveAnalysisReport(id, decision.laporan());
    int total = decision.penetapan().values().stream().mapToInt(Integer::intValue).sum();
    plannings.addEvent(id, "ANALISIS_SELESAI", "Analisis kebutuhan selesai: " + total + " kebutuhan ditetapkan untuk "
        + decision.penetapan().size() + " jabatan.", user, now);
  }
}
