package id.asn.workflow.workforce;

import id.asn.workflow.calendar.DeadlineOwner;
import id.asn.workflow.calendar.TrackedDeadline;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The warning day of a planning moved because the holidays of a year changed (the last day itself is a date the
 * regulation fixes): the planning keeps the new day and its history says so.
 */
@Component
class PlanningDeadlineOwner implements DeadlineOwner {

  private final PlanningRepository plannings;
  private final Clock clock;

  PlanningDeadlineOwner(PlanningRepository plannings, Clock clock) {
    this.plannings = plannings;
    this.clock = clock;
  }

  @Override
  public String kind() {
    return KebutuhanProcess.DEADLINE_OWNER;
  }

  @Override
  public void moved(TrackedDeadline before, TrackedDeadline after) {
    plannings.setWarningDay(after.ownerId(), after.deadline().tanggal());
    plannings.addEvent(after.ownerId(), "TENGGAT_DIHITUNG_ULANG", "Peringatan batas penyampaian "
        + before.deadline().dated() + " menjadi " + after.deadline().dated()
        + ": kalender hari libur dan cuti bersama berubah.", null, clock.instant());
  }
}
