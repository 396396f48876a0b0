package id.asn.workflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The working-day calendar over the holidays the V1 migration seeds (2023-2026), and the provisional calendar
 * for other years, as the application counts them; without a database.
 */
public final class SeededCalendar {

  private static final Map<Integer, Set<LocalDate>> DAYS_OFF = read();

  /** The seeded days off by year, as V1 writes them. */
  public static Map<Integer, Set<LocalDate>> daysOff() {
    return DAYS_OFF;
  }

  private SeededCalendar() {}

  /** The seeded days off by year with their kind, as V1 writes them. */
  public static Map<Integer, List<DayOff>> typedDaysOff() {
    try (InputStream in = SeededCalendar.class.getResourceAsStream("/db/migration/V1__kalender.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<Integer, List<DayOff>> years = new HashMap<>();
      Matcher day = Pattern.compile("DATE '(\\d{4}-\\d{2}-\\d{2})', '(\\w+)'").matcher(sql);
      while (day.find()) {
        LocalDate date = LocalDate.parse(day.group(1));
        years.computeIfAbsent(date.getYear(), y -> new ArrayList<>())
            .add(new DayOff(date, DayOffType.valueOf(day.group(2)), "", ""));
      }
      return years;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The newest year with a decree that any migration enters (the calendar the application starts with). */
  public static int newestDecreedYear() {
    try {
      Pattern decree = Pattern.compile("insert into kalender_tahun \\(tahun, dasar_hukum\\) values \\((\\d{4}),",
          Pattern.CASE_INSENSITIVE);
      int newest = 0;
      Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
      for (Resource migration : migrations) {
        try (InputStream in = migration.getInputStream()) {
          Matcher year = decree.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          while (year.find()) {
            newest = Math.max(newest, Integer.parseInt(year.group(1)));
          }
        }
      }
      if (newest == 0) {
        throw new IllegalStateException("no migration enters a year into kalender_tahun");
      }
      return newest;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static WorkingDayCalendar calendar() {
    return new WorkingDayCalendar(year -> DAYS_OFF.containsKey(year) ? new YearDays(DAYS_OFF.get(year), false)
        : new YearDays(ProvisionalCalendar.daysOff(year).stream().map(DayOff::tanggal).collect(Collectors.toSet()), true));
  }

  private static Map<Integer, Set<LocalDate>> read() {
    try (InputStream in = SeededCalendar.class.getResourceAsStream("/db/migration/V1__kalender.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<Integer, Set<LocalDate>> years = new HashMap<>();
      Matcher year = Pattern.compile("insert into kalender_tahun \\(tahun, dasar_hukum\\) values \\((\\d{4}),").matcher(sql);
      while (year.find()) {
        years.put(Integer.parseInt(year.group(1)), new HashSet<>());
      }
      Matcher day = Pattern.compile("DATE '(\\d{4}-\\d{2}-\\d{2})'").matcher(sql);
      while (day.find()) {
        LocalDate date = LocalDate.parse(day.group(1));
        years.get(date.getYear()).add(date);
      }
      return years;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
