package id.asn.workflow.calendar;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The {@code kalender} component of /actuator/health: always UP, since deadlines are still counted, but with
 * {@code tahunBelumDitetapkan} and an Indonesian {@code peringatan} while a decree is missing (see
 * {@link DecreeWarningPolicy}). An unreadable database is the {@code db} component's to report: UNKNOWN here.
 */
@Component("kalenderHealthIndicator")
class CalendarHealthIndicator implements HealthIndicator {

  private final DecreeWatch watch;

  CalendarHealthIndicator(DecreeWatch watch) {
    this.watch = watch;
  }

  @Override
  public Health health() {
    try {
      return watch.warning()
          .map(w -> Health.up().withDetail("tahunBelumDitetapkan", w.tahunBelumDitetapkan())
              .withDetail("peringatan", w.peringatan()).build())
          .orElseGet(() -> Health.up().build());
    } catch (DataAccessException e) {
      return Health.unknown().withException(e).build();
    }
  }
}
