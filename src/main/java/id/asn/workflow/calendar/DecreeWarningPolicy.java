package id.asn.workflow.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * When operators are warned that a holiday decree (SKB 3 Menteri) is missing: on any day when the current
 * year has none, and from {@code warnFrom} until the end of the year when the next year has none, because
 * deadlines counted then reach into it on the provisional calendar.
 */
final class DecreeWarningPolicy {

  private final MonthDay warnFrom;

  public DecreeWarningPolicy(MonthDay warnFrom) {
    this.warnFrom = warnFrom;
  }

  /** The warning for {@code today}, or none; {@code decreed} tells whether a year's decree is entered. */
  public Optional<DecreeWarning> warningOn(LocalDate today, IntPredicate decreed) {
    List<Integer> years = new ArrayList<>();
    int current = today.getYear();
    if (!decreed.test(current)) {
      years.add(current);
    }
    if (!MonthDay.from(today).isBefore(warnFrom) && !decreed.test(current + 1)) {
      years.add(current + 1);
    }
    return years.isEmpty() ? Optional.empty() : Optional.of(new DecreeWarning(years, message(years)));
  }

  private static String message(List<Integer> years) {
    boolean both = years.size() > 1;
    String named = both ? years.get(0) + " dan " + years.get(1) : String.valueOf(years.get(0));
    return "Kalender hari libur " + named + " belum ditetapkan (SKB 3 Menteri); tenggat yang melewati "
        + (both ? "kedua tahun itu" : "tahun itu") + " dihitung dengan kalender sementara.";
  }
}
