package id.asn.workflow.workforce;

import id.asn.workflow.calendar.CalendarService;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The submission deadline of a planning and the day its warning goes out, over the holiday calendar. */
@Service
class DeadlineService {

  private final CalendarService calendar;
  private final PlanningDates dates;
  private final int warningWorkingDays;

  DeadlineService(CalendarService calendar, PlanningDates dates,
      @Value("${app.kebutuhan.peringatan-hari-kerja:10}") int warningWorkingDays) {
    this.calendar = calendar;
    this.dates = dates;
    this.warningWorkingDays = warningWorkingDays;
  }

  /** The last day to submit (a date the regulation fixes) and the warning, counted in working days before it. */
  public record Deadline(LocalDate lastDay, id.asn.workflow.calendar.Deadline warning) {

    public LocalDate warningDay() {
      return warning.tanggal();
    }
  }

  public Deadline of(int tahun, boolean perubahanAnggaran) {
    LocalDate lastDay = dates.lastDay(tahun, perubahanAnggaran);
    return new Deadline(lastDay, SubmissionDeadline.warning(lastDay, warningWorkingDays, calendar.calendar()));
  }

  /** The staff data date of planning year {@code tahun}. */
  public LocalDate dataDate(int tahun) {
    return dates.dataDate(tahun);
  }

  public int warningWorkingDays() {
    return warningWorkingDays;
  }
}
