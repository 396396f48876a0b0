package id.asn.workflow.workforce;

import static id.asn.workflow.workforce.KebutuhanProcess.*;

import id.asn.workflow.kernel.ServiceTaskHandler;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The deadline is near and the proposal not yet submitted: the instansi is warned, once per deadline. */
@Component
class WarnSubmissionDeadlineStep implements ServiceTaskHandler {

  private final PlanningRepository plannings;
  private final DeadlineService deadlines;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_KIRIM_PERINGATAN), VAR_PENYUSUNAN_ID, null);

  WarnSubmissionDeadlineStep(PlanningRepository plannings, DeadlineService deadlines) {
    this.plannings = plannings;
    this.deadlines = deadlines;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    Planning p = plannings.get(step.id());
    if (!p.submitted() && plannings.markWarned(step.id(), p.batasPenyampaian())) {
      plannings.addEvent(step.id(), "PERINGATAN_TENGGAT", "Batas penyampaian usul kebutuhan ASN tahun " + p.tahun()
          + " adalah " + Angka.tanggal(p.batasPenyampaian()) + " (" + deadlines.warningWorkingDays()
          + " hari kerja lagi); usul masih di tahap " + p.status().label().toLowerCase(Locale.ROOT) + ".", null,
          step.now());
    }
    return Result.NOTHING;
  }
}
