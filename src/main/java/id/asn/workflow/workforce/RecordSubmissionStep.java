package id.asn.workflow.workforce;

import static id.asn.workflow.workforce.KebutuhanProcess.*;

import id.asn.workflow.kernel.ServiceTaskHandler;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The proposal (or its correction) reaches BKN: recorded with its time; the first submission is on time or late,
 * a resubmission after a return is not judged.
 */
@Component
class RecordSubmissionStep implements ServiceTaskHandler {

  private final PlanningRepository plannings;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_CATAT_PENYAMPAIAN), VAR_PENYUSUNAN_ID, null);

  RecordSubmissionStep(PlanningRepository plannings) {
    this.plannings = plannings;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    Planning p = plannings.get(step.id());
    boolean first = !p.submitted();
    boolean late = first ? p.terlambat() || SubmissionDeadline.isLate(step.now(), p.batasPenyampaian()) : p.terlambat();
    plannings.recordSubmission(step.id(), step.now(), late);
    plannings.setReturnReason(step.id(), null);
    plannings.addEvent(step.id(), first ? "DISAMPAIKAN" : "PERBAIKAN_DISAMPAIKAN", (first
        ? "Usul kebutuhan disampaikan ke BKN" : "Perbaikan usul kebutuhan disampaikan ke BKN") + (first && late
        ? " setelah batas " + Angka.tanggal(p.batasPenyampaian()) + " (terlambat)." : "."), null, step.now());
    return Result.setting(Map.of(VAR_TERLAMBAT, late));
  }
}
