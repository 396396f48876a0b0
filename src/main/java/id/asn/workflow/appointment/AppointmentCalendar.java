package id.asn.workflow.appointment;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar as the holiday data stands at each call, and the appointment's time limits on it as
 * the decision table stands; a test gives a calendar without a database.
 */
@Component
class AppointmentCalendar {

  private final Supplier<WorkingDayCalendar> workingDays;
  private final TimeLimits timeLimits;

  @Autowired
  AppointmentCalendar(CalendarService calendar, TimeLimits timeLimits) {
    this((Supplier<WorkingDayCalendar>) calendar::calendar, timeLimits);
  }

  AppointmentCalendar(Supplier<WorkingDayCalendar> workingDays, TimeLimits timeLimits) {
    this.workingDays = workingDays;
    this.timeLimits = timeLimits;
  }

  /** A calendar for one computation (it memoises the years it reads). */
  WorkingDayCalendar workingDays() {
    return workingDays.get();
  }

  /** The limits the appointment's forms state, as form variables ({@link TimeLimits#formTexts}). */
  Map<String, Object> formTexts() {
    return timeLimits.formTexts("perbaikanUsul", "penetapanKeputusan", "pengirimanKeBkn", "masaPercobaan");
  }

  AppointmentDeadlines deadlines() {
    return new AppointmentDeadlines(workingDays.get(), AppointmentTimeLimits.from(timeLimits));
  }
}
