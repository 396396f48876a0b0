package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.calendar.ScheduleReview;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holidays of a year changed: every open period whose schedule runs through it is checked again on the new
 * calendar. A schedule it made unlawful (fewer working days than Lampiran I requires between two dates) is not
 * changed, since only the committee may move its dates, but the committee is warned in the period's history.
 */
@Component
class ScheduleRecheck implements ScheduleReview {

  static final String PERINGATAN_JADWAL = "PERINGATAN_JADWAL";

  private final TimeLimits timeLimits;
  private final SeleksiRepository periods;
  private final CalendarService calendar;
  private final Clock clock;

  ScheduleRecheck(SeleksiRepository periods, CalendarService calendar, Clock clock, TimeLimits timeLimits) {
    this.timeLimits = timeLimits;
    this.periods = periods;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  @Transactional
  public List<String> yearChanged(int year) {
    WorkingDayCalendar days = calendar.calendar();
    RecruitmentTimeLimits limits = RecruitmentTimeLimits.from(timeLimits);
    List<String> warnings = new ArrayList<>();
    for (Periode p : periods.openWithScheduleIn(year)) {
      Jadwal j = p.jadwal();
      // the schedule was accepted when it was set; only the rules the calendar decides can break now
      List<Jadwal.Problem> problems = j.problems(days, j.pengumumanMulai(), limits);
      if (problems.isEmpty()) {
        continue;
      }
      String text = "Setelah kalender hari libur tahun " + year + " berubah, jadwal seleksi melanggar: "
          + problems.stream().map(q -> q.field() + ": " + q.reason()).collect(Collectors.joining("; "))
          + ". Tetapkan jadwal baru.";
      periods.addEvent(p.id(), PERINGATAN_JADWAL, text, null, clock.instant());
      warnings.add(p.id() + ": " + text);
    }
    return warnings;
  }
}
