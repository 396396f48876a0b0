package id.asn.workflow.sla;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A period of Jakarta dates split for the report: the whole calendar months inside it (read from the monthly
 * rollups) and the days at either end outside them (read pass by pass).
 *
 * @param firstMonth the first day of the first whole month, null when the period holds no whole month
 * @param lastMonth the first day of the last whole month
 * @param edges the remaining ranges of days, each {@code [from, to]} with both ends included
 */
record SlaPeriod(LocalDate firstMonth, LocalDate lastMonth, List<LocalDate[]> edges) {

  public static SlaPeriod split(LocalDate dari, LocalDate sampai) {
    LocalDate firstFull = dari.getDayOfMonth() == 1 ? dari : dari.with(TemporalAdjusters.firstDayOfNextMonth());
    LocalDate lastFullEnd = sampai.equals(sampai.with(TemporalAdjusters.lastDayOfMonth())) ? sampai
        : sampai.withDayOfMonth(1).minusDays(1);
    List<LocalDate[]> edges = new ArrayList<>();
    if (lastFullEnd.isBefore(firstFull)) {
      edges.add(new LocalDate[] {dari, sampai});
      return new SlaPeriod(null, null, edges);
    }
    if (dari.isBefore(firstFull)) {
      edges.add(new LocalDate[] {dari, firstFull.minusDays(1)});
    }
    if (sampai.isAfter(lastFullEnd)) {
      edges.add(new LocalDate[] {lastFullEnd.plusDays(1), sampai});
    }
    return new SlaPeriod(firstFull, lastFullEnd.withDayOfMonth(1), edges);
  }

  public boolean hasWholeMonths() {
    return firstMonth != null;
  }
}
