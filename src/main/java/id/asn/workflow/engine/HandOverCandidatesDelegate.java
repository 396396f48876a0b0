package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Pengadaan.VAR_PERIODE_ID;

import id.asn.workflow.recruitment.SeleksiSteps;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Hands every candidate who passed to the CPNS appointment: one row per candidate in the hand-off outbox
 * (seleksi_serah_pengangkatan), which pengangkatanCpns takes its candidates from. A retry adds nobody twice.
 */
@Component("handOverCandidatesDelegate")
class HandOverCandidatesDelegate implements JavaDelegate {

  private final SeleksiSteps steps;
  private final Clock clock;

  HandOverCandidatesDelegate(SeleksiSteps steps, Clock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int handed = steps.handOver((String) execution.getVariable(VAR_PERIODE_ID), clock.instant());
    execution.setVariable("jumlahDiserahkan", handed);
  }
}
