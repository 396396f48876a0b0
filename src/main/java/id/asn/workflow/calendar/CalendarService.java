package id.asn.workflow.calendar;

import id.asn.workflow.kernel.Refusal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar over the holiday data in the database. Nothing is cached across calls, so an
 * administrator's correction on one node holds at once on every node.
 */
@Service
public class CalendarService {

  private final HolidayRepository holidays;

  CalendarService(HolidayRepository holidays) {
    this.holidays = holidays;
  }

  /**
   * A calendar for one computation; it reads each year it needs once. A year without a decree is counted on
   * the provisional calendar, and the deadlines it gives say so.
   */
  public WorkingDayCalendar calendar() {
    return new WorkingDayCalendar(year -> {
      boolean provisional = !holidays.hasYear(year);
      Set<LocalDate> days = new HashSet<>();
      daysOffOf(year, provisional).forEach(d -> days.add(d.tanggal()));
      return new YearDays(days, provisional);
    });
  }

  public LocalDate plusWorkingDays(LocalDate start, int days) {
    return calendar().plusWorkingDays(start, days);
  }

  /** The days off of a year: the decree's, or the provisional calendar's while no decree is entered. */
  public List<DayOff> daysOff(int year) {
    return daysOffOf(year, !holidays.hasYear(year));
  }

  public boolean isProvisional(int year) {
    return !holidays.hasYear(year);
  }

  public Deadline deadline(DeadlineRule rule) {
    return calendar().deadline(rule);
  }

  private List<DayOff> daysOffOf(int year, boolean provisional) {
    return provisional ? ProvisionalCalendar.daysOff(year) : holidays.daysOff(year);
  }

  public Optional<String> decreeOf(int year) {
    return holidays.decreeOf(year);
  }

  public List<Integer> years() {
    return holidays.years();
  }

  /** Replaces a whole year with a new decree's days (a new year, or a revision of it). */
  @Transactional
  public void replaceYear(int year, String decree, List<DayOff> days) {
    for (DayOff day : days) {
      if (day.tanggal().getYear() != year) {
        throw Refusal.invalid("hari", "tanggal " + day.tanggal() + " bukan tahun " + year);
      }
    }
    holidays.saveYear(year, decree);
    holidays.deleteYear(year);
    days.forEach(holidays::save);
  }

  /** Adds or corrects one day of a year whose decree is already entered. */
  @Transactional
  public void saveDay(DayOff day) {
    requireYear(day.tanggal().getYear());
    holidays.save(day);
  }

  @Transactional
  public void deleteDay(LocalDate date) {
    requireYear(date.getYear());
    if (!holidays.delete(date)) {
      throw Refusal.notFound("Tanggal " + date + " tidak tercatat sebagai hari libur atau cuti bersama");
    }
  }

  private void requireYear(int year) {
    if (!holidays.hasYear(year)) {
      throw Refusal.conflict("Tahun " + year + " belum terdaftar: masukkan dulu seluruh hari libur tahun itu "
          + "dengan PUT /api/kalender/tahun/" + year);
    }
  }
}
