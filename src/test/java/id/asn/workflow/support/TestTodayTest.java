package id.asn.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.calendar.SeededCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/** The run's day: the engine's clock is on the day -Dasn.test.today asks for, or on the real day without it. */
class TestTodayTest {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Test
  void theEngineClockIsOnTheDayTheRunAsksFor() {
    Instant engine = ClockUtil.getCurrentTime().toInstant();
    LocalDate expected = TestToday.day().orElse(LocalDate.now(JAKARTA));
    assertThat(LocalDate.ofInstant(engine, JAKARTA)).isEqualTo(expected);
  }

  @Test
  void theMovedClockKeepsRunning() throws InterruptedException {
    Instant before = ClockUtil.getCurrentTime().toInstant();
    Thread.sleep(20);
    assertThat(ClockUtil.getCurrentTime().toInstant()).isAfter(before);
  }

  @Test
  void theMovedClockKeepsTheTimeOfDay() {
    long apart = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    long offTheDay = Math.floorMod(apart, ChronoUnit.DAYS.getDuration().toMillis());
    assertThat(Math.min(offTheDay, ChronoUnit.DAYS.getDuration().toMillis() - offTheDay)).isLessThan(60_000);
  }

  @Test
  void afterTheCalendarIsTheYearAfterTheNewestDecree() {
    int newest = SeededCalendar.daysOff().keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat(SeededCalendar.newestDecreedYear()).isEqualTo(newest);
    String run = System.getProperty(TestToday.PROPERTY);
    System.setProperty(TestToday.PROPERTY, TestToday.AFTER_THE_CALENDAR);
    try {
      assertThat(TestToday.day()).contains(LocalDate.of(newest + 1, 12, 20));
    } finally {
      if (run == null) {
        System.clearProperty(TestToday.PROPERTY);
      } else {
        System.setProperty(TestToday.PROPERTY, run);
      }
    }
  }
}
