package id.asn.workflow.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** SLA days are Asia/Jakarta days: a period's dates and the per-day breakdown are Jakarta dates. */
public final class SlaZone {

  public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private SlaZone() {}

  public static LocalDate date(Instant instant) {
    return instant.atZone(JAKARTA).toLocalDate();
  }

  public static Instant startOf(LocalDate date) {
    return date.atStartOfDay(JAKARTA).toInstant();
  }
}
