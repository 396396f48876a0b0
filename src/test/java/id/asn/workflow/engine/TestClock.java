package id.asn.workflow.engine;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock in the process tests, on Jakarta days. */
final class TestClock {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private TestClock() {}

  /** 09:00 Jakarta time on that day. */
  static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, JAKARTA).toInstant()));
  }

  /** The start of that day in Jakarta, as timer due dates are compared. */
  static Date midnight(int year, int month, int day) {
    return Date.from(ZonedDateTime.of(year, month, day, 0, 0, 0, 0, JAKARTA).toInstant());
  }
}
