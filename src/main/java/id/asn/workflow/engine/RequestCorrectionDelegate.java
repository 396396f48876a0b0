package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Pertek.*;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.pertek.PertekService;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** BTS: the usul goes back to the instansi; the correction is due by the end of the last working day. */
@Component("requestCorrectionDelegate")
class RequestCorrectionDelegate implements JavaDelegate {

  private final PertekService pertek;
  private final PertekStandards standards;
  private final UsulOutcomeRelay outcomes;
  private final ProcessDeadlines deadlines;
  private final Clock clock;

  RequestCorrectionDelegate(PertekService pertek, PertekStandards standards, UsulOutcomeRelay outcomes,
      ProcessDeadlines deadlines, Clock clock) {
    this.pertek = pertek;
    this.standards = standards;
    this.outcomes = outcomes;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String usulId = (String) execution.getVariable(VAR_USUL_ID);
    LocalDate today = LocalDate.ofInstant(clock.instant(), PertekService.zone());
    Deadline lastDay = pertek.requestCorrection(usulId, (String) execution.getVariable(VAR_ALASAN_VERIFIKASI),
        standards.batasPerbaikanHariKerja(), today);
    deadlines.set(execution, execution.getProcessInstanceId(), VAR_BATAS_PERBAIKAN, lastDay, PertekService.DEADLINE_OWNER,
        usulId);
    outcomes.decided(usulId, UsulOutcomeRelay.BTS, (String) execution.getVariable(VAR_ALASAN_VERIFIKASI), null);
  }
}
