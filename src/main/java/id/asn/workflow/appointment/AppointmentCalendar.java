package id.asn.workflow.appointment;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar as the holiday data stands at each call, and the appointment's time limits on it; a
 * test gives a calendar without a database.
 */
@Component
class AppointmentCalendar {

  private final Supplier<WorkingDayCalendar> workingDays;
  private final int correctionWorkingDays;

  /** {@code correctionWorkingDays}: the Kanreg's limit for completing a PPPK usul, the same setting it uses. */
  @Autowired
  AppointmentCalendar(CalendarService calendar,
      @Value("${app.pertek.batas-perbaikan-hari-kerja}") int correctionWorkingDays) {
    this(calendar::calendar, correctionWorkingDays);
  }

  AppointmentCalendar(Supplier<WorkingDayCalendar> workingDays, int correctionWorkingDays) {
    this.workingDays = workingDays;
    this.correctionWorkingDays = correctionWorkingDays;
  }

  /** A calendar for one computation (it memoises the years it reads). */
  WorkingDayCalendar workingDays() {
    return workingDays.get();
  }

  AppointmentDeadlines deadlines() {
    return new AppointmentDeadlines(workingDays.get(), correctionWorkingDays);
  }
}
