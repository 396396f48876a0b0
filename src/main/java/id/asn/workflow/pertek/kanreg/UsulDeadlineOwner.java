package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.calendar.DeadlineOwner;
import id.asn.workflow.calendar.TrackedDeadline;
import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.pertek.UsulEventRepository;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.pertek.notification.NotificationService;
import org.springframework.stereotype.Component;

/**
 * An usul's correction deadline moved because the holidays of a year changed: the usul keeps the new last day,
 * its history says what moved, and the instansi is told.
 */
@Component
class UsulDeadlineOwner implements DeadlineOwner {

  static final String KIND = PertekProcess.DEADLINE_OWNER;
  static final String TENGGAT_DIHITUNG_ULANG = "TENGGAT_DIHITUNG_ULANG";

  private final UsulRepository usuls;
  private final UsulEventRepository events;
  private final NotificationService notifications;

  UsulDeadlineOwner(UsulRepository usuls, UsulEventRepository events, NotificationService notifications) {
    this.usuls = usuls;
    this.events = events;
    this.notifications = notifications;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void moved(TrackedDeadline before, TrackedDeadline after) {
    String usulId = after.ownerId();
    usuls.setCorrectionDeadline(usulId, after.deadline());
    String change = "Batas perbaikan " + before.deadline().dated() + " menjadi " + after.deadline().dated()
        + ": kalender hari libur dan cuti bersama berubah.";
    events.record(usulId, TENGGAT_DIHITUNG_ULANG, change, null);
    String nama = usuls.findById(usulId).map(UsulNi::nama).orElse(usulId);
    notifications.notify(usulId, NotificationService.TENGGAT, "Batas perbaikan dihitung ulang: " + nama,
        "Batas waktu perbaikan usul penetapan NI untuk " + nama + " dihitung ulang setelah SKB hari libur nasional "
            + "dan cuti bersama ditetapkan. Kirim perbaikan paling lambat " + after.deadline().dated() + " (sebelumnya "
            + before.deadline().dated() + ")." + (after.deadline().sementara() ? " " + after.deadline().note() : ""));
  }
}
