package id.asn.workflow.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days off of a year whose SKB 3 Menteri is not entered yet. Fixed-date holidays are certain; Easter is
 * computed; the Islamic holidays come from ICU's Umm al-Qura calendar, and Imlek, Waisak and Nyepi from its
 * Chinese calendar. Where Indonesia's date can differ by a day (the isbat, the full moon, Nyepi's new moon)
 * both candidate days are taken off, and the usual cuti bersama around Lebaran and Christmas are assumed:
 * a provisional deadline may come a little late, never early.
 */
final class ProvisionalCalendar {

  private static final TimeZone JAKARTA = TimeZone.getTimeZone("Asia/Jakarta");
  private static final Map<MonthDay, String> FIXED = Map.of(
      MonthDay.of(1, 1), "Tahun Baru Masehi", MonthDay.of(5, 1), "Hari Buruh Internasional",
      MonthDay.of(6, 1), "Hari Lahir Pancasila", MonthDay.of(8, 17), "Hari Kemerdekaan Republik Indonesia",
      MonthDay.of(12, 25), "Hari Raya Natal");
  /** Cuti bersama around Lebaran as the decrees of 2023–2026 set them: working days before and after. */
  private static final int LEBARAN_LEAVE_BEFORE = 3;
  private static final int LEBARAN_LEAVE_AFTER = 2;

  private ProvisionalCalendar() {}

  public static List<DayOff> daysOff(int year) {
    Map<LocalDate, DayOff> days = new TreeMap<>();
    FIXED.forEach((day, name) -> add(days, day.atYear(year), DayOffType.LIBUR_NASIONAL, name, year));
    LocalDate easter = easter(year);
    add(days, easter.minusDays(2), DayOffType.LIBUR_NASIONAL, "Wafat Yesus Kristus", year);
    add(days, easter, DayOffType.LIBUR_NASIONAL, "Kebangkitan Yesus Kristus (Paskah)", year);
    add(days, easter.plusDays(39), DayOffType.LIBUR_NASIONAL, "Kenaikan Yesus Kristus", year);
    islamic(days, year);
    chinese(days, year);
    add(days, LocalDate.of(year, 12, 24), DayOffType.CUTI_BERSAMA, "Cuti bersama Natal", year);
    add(days, LocalDate.of(year, 12, 26), DayOffType.CUTI_BERSAMA, "Cuti bersama Natal", year);
    return List.copyOf(days.values());
  }

  /** The Gregorian Easter Sunday (the Meeus/Jones/Butcher computus: arithmetic, not astronomy). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int g = (b - (b + 8) / 25 + 1) / 3;
    int h = (19 * a + b - b / 4 - g + 15) % 30;
    int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int n = h + l - 7 * m + 114;
    return LocalDate.of(year, n / 31, n % 31 + 1);
  }

  /** The Islamic holidays of every Hijri year that reaches into the Gregorian one; each also the day after. */
  private static void islamic(Map<LocalDate, DayOff> days, int year) {
    int firstHijri = hijriYearOf(LocalDate.of(year, 1, 1));
    for (int h = firstHijri; h <= firstHijri + 1; h++) {
      uncertain(days, hijri(h, IslamicCalendar.RAJAB, 27), "Isra Mikraj Nabi Muhammad SAW", year);
      LocalDate lebaran = hijri(h, IslamicCalendar.SHAWWAL, 1);
      uncertain(days, lebaran, "Idul Fitri", year);
      uncertain(days, lebaran.plusDays(1), "Idul Fitri", year);
      lebaranLeave(days, lebaran, year);
      uncertain(days, hijri(h, IslamicCalendar.DHU_AL_HIJJAH, 10), "Idul Adha", year);
      uncertain(days, hijri(h, IslamicCalendar.MUHARRAM, 1), "Tahun Baru Islam", year);
      uncertain(days, hijri(h, IslamicCalendar.RABI_1, 12), "Maulid Nabi Muhammad SAW", year);
    }
  }

  /** Working days before the first and after the (latest possible) second day of Lebaran. */
  private static void lebaranLeave(Map<LocalDate, DayOff> days, LocalDate lebaran, int year) {
    LocalDate day = lebaran;
    for (int n = 0; n < LEBARAN_LEAVE_BEFORE; ) {
      day = day.minusDays(1);
      if (isWeekday(day)) {
        add(days, day, DayOffType.CUTI_BERSAMA, "Cuti bersama Idul Fitri", year);
        n++;
      }
    }
    day = lebaran.plusDays(2);
    for (int n = 0; n < LEBARAN_LEAVE_AFTER; ) {
      day = day.plusDays(1);
      if (isWeekday(day)) {
        add(days, day, DayOffType.CUTI_BERSAMA, "Cuti bersama Idul Fitri", year);
        n++;
      }
    }
  }

  /** Imlek; Waisak on the 15th or 16th of the fourth month; Nyepi at the first new moon from 6 March. */
  private static void chinese(Map<LocalDate, DayOff> days, int year) {
    LocalDate imlek = chineseNewYear(year);
    add(days, imlek, DayOffType.LIBUR_NASIONAL, "Tahun Baru Imlek", year);
    // a new moon close to midnight can put the computed day one later than the one observed
    add(days, imlek.minusDays(1), DayOffType.LIBUR_NASIONAL, "Tahun Baru Imlek (bila bergeser sehari)", year);
    LocalDate fourthMonth = chineseMonthStart(imlek, 4);
    uncertain(days, fourthMonth.plusDays(14), "Hari Raya Waisak", year);
    LocalDate newMoon = firstMonthStartFrom(LocalDate.of(year, 3, 6));
    uncertain(days, newMoon, "Hari Suci Nyepi", year);
  }

  private static void uncertain(Map<LocalDate, DayOff> days, LocalDate day, String name, int year) {
    add(days, day, DayOffType.LIBUR_NASIONAL, name, year);
    add(days, day.plusDays(1), DayOffType.LIBUR_NASIONAL, name + " (bila bergeser sehari)", year);
  }

  private static void add(Map<LocalDate, DayOff> days, LocalDate day, DayOffType type, String name, int year) {
    if (day.getYear() != year) {
      return;
    }
    DayOff existing = days.get(day);
    if (existing != null && existing.jenis() == DayOffType.LIBUR_NASIONAL) {
      return; // a holiday stays a holiday; assumed cuti bersama do not replace it
    }
    days.put(day, new DayOff(day, type, name + " (perkiraan)",
        "Perkiraan: SKB libur nasional dan cuti bersama tahun " + year + " belum ditetapkan"));
  }

  private static boolean isWeekday(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private static int hijriYearOf(LocalDate day) {
    IslamicCalendar calendar = islamicCalendar();
    calendar.setTimeInMillis(noonInJakarta(day));
    return calendar.get(IslamicCalendar.EXTENDED_YEAR);
  }

  private static LocalDate hijri(int hijriYear, int month, int day) {
    IslamicCalendar calendar = islamicCalendar();
    calendar.clear();
    calendar.set(IslamicCalendar.EXTENDED_YEAR, hijriYear);
    calendar.set(IslamicCalendar.MONTH, month);
    calendar.set(IslamicCalendar.DAY_OF_MONTH, day);
    return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis() + offset(calendar), 86_400_000L));
  }

  private static IslamicCalendar islamicCalendar() {
    IslamicCalendar calendar = new IslamicCalendar(JAKARTA);
    calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    return calendar;
  }

  private static LocalDate chineseNewYear(int year) {
    ChineseCalendar calendar = new ChineseCalendar(JAKARTA);
    calendar.clear();
    calendar.set(ChineseCalendar.EXTENDED_YEAR, year + 2637);
    calendar.set(ChineseCalendar.MONTH, 0);
    calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    calendar.set(ChineseCalendar.DAY_OF_MONTH, 1);
    return toLocalDate(calendar);
  }

  /** The first day of the {@code month}th regular (not leap) month of the Chinese year beginning at {@code newYear}. */
  private static LocalDate chineseMonthStart(LocalDate newYear, int month) {
    ChineseCalendar calendar = chineseAt(newYear);
    calendar.set(ChineseCalendar.MONTH, month - 1);
    calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    calendar.set(ChineseCalendar.DAY_OF_MONTH, 1);
    return toLocalDate(calendar);
  }

  /** The first day on or after {@code from} that begins a Chinese month, leap or not: a new moon. */
  private static LocalDate firstMonthStartFrom(LocalDate from) {
    LocalDate day = from;
    while (chineseAt(day).get(ChineseCalendar.DAY_OF_MONTH) != 1) {
      day = day.plusDays(1);
    }
    return day;
  }

  private static ChineseCalendar chineseAt(LocalDate day) {
    ChineseCalendar calendar = new ChineseCalendar(JAKARTA);
    calendar.clear();
    calendar.setTimeInMillis(noonInJakarta(day));
    return calendar;
  }

  private static long noonInJakarta(LocalDate day) {
    return day.atTime(12, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant().toEpochMilli();
  }

  private static LocalDate toLocalDate(com.ibm.icu.util.Calendar calendar) {
    return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis() + offset(calendar), 86_400_000L));
  }

  private static long offset(com.ibm.icu.util.Calendar calendar) {
    return calendar.get(com.ibm.icu.util.Calendar.ZONE_OFFSET) + calendar.get(com.ibm.icu.util.Calendar.DST_OFFSET);
  }
}
