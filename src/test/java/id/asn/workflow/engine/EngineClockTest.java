package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The application's one clock reads the engine's: moving the engine's time moves the application's. */
class EngineClockTest {

  @AfterEach
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void readsTheEnginesTime() {
    TestClock.at(2031, 2, 28);
    Clock clock = new EngineClock();
    assertThat(Date.from(clock.instant())).isEqualTo(ClockUtil.getCurrentTime());
    assertThat(clock.millis()).isEqualTo(ClockUtil.getCurrentTime().getTime());
  }

  @Test
  void givesTheDayInTheZoneAskedFor() {
    // 09:00 in Jakarta is 02:00 UTC: the same day; 05:30 in Jakarta is still the day before in UTC
    TestClock.at(2031, 3, 1);
    Clock clock = new EngineClock();
    assertThat(LocalDate.now(clock.withZone(TestClock.JAKARTA))).isEqualTo(LocalDate.of(2031, 3, 1));
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2031, 3, 1).atTime(5, 30).atZone(TestClock.JAKARTA).toInstant()));
    assertThat(LocalDate.now(clock)).as("UTC by default").isEqualTo(LocalDate.of(2031, 2, 28));
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("Z"));
    assertThat(clock.withZone(TestClock.JAKARTA).getZone()).isEqualTo(TestClock.JAKARTA);
  }
}
