package id.asn.workflow.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The missing-decree warning as of today (a Jakarta day of the application's clock), for health and logs. */
@Component
class DecreeWatch {

  static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private final Clock clock;
  private final CalendarService calendar;
  private final DecreeWarningPolicy policy;

  DecreeWatch(Clock clock, CalendarService calendar, @Value("${app.kalender.peringatan-mulai:10-01}") String warnFrom) {
    this.clock = clock;
    this.calendar = calendar;
    this.policy = new DecreeWarningPolicy(MonthDay.parse(warnFrom, DateTimeFormatter.ofPattern("MM-dd")));
  }

  Optional<DecreeWarning> warning() {
    return policy.warningOn(today(), year -> !calendar.isProvisional(year));
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
