package id.asn.workflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The working-day calendar over the holidays the V1 migration seeds (2023-2026), without a database. */
public final class SeededCalendar {

  private static final Map<Integer, Set<LocalDate>> DAYS_OFF = read();

  /** The seeded days off by year, as V1 writes them. */
  public static Map<Integer, Set<LocalDate>> daysOff() {
    return DAYS_OFF;
  }

  private SeededCalendar() {}

  public static WorkingDayCalendar calendar() {
    return new WorkingDayCalendar(year -> Optional.ofNullable(DAYS_OFF.get(year)));
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
