package id.asn.workflow.workforce;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between the staff a position needs and the staff it has, by the rule of Peraturan BKN
 * 9/2022: if the current staff exceed the need, the surplus is reduced by the PNS reaching retirement age
 * and the PPPK whose agreements end; if they fall short, the shortfall is increased by them. Both read as
 * one formula, (current − leaving) − need: a surplus smaller than the departures turns into a shortfall,
 * and a position staffed exactly to its need is short by whoever leaves.
 *
 * @param selisih positive: surplus, negative: shortfall
 */
record NeedsDifference(int kebutuhan, int ada, int keluar, int selisih) {

  public enum Keadaan { KURANG, LEBIH, SESUAI }

  public static NeedsDifference of(int kebutuhan, int ada, int keluar) {
    if (kebutuhan < 0 || ada < 0 || keluar < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    return new NeedsDifference(kebutuhan, ada, keluar, ada - keluar - kebutuhan);
  }

  public int kekurangan() {
    return Math.max(0, -selisih);
  }

  public int kelebihan() {
    return Math.max(0, selisih);
  }

  public Keadaan keadaan() {
    return selisih < 0 ? Keadaan.KURANG : selisih > 0 ? Keadaan.LEBIH : Keadaan.SESUAI;
  }

  /** One year of the plan: who is still there at its end and what is missing then. */
  public record YearPlan(int tahun, int tersedia, int kekurangan, int kelebihan) {}

  /** The plan of a position over the projection's years: each year, the current staff less everyone gone by its end. */
  public static List<YearPlan> plan(int kebutuhan, int ada, DeparturesProjection.Departures departures) {
    List<YearPlan> years = new ArrayList<>();
    for (int i = 0; i < departures.years(); i++) {
      int tersedia = Math.max(0, ada - departures.totalThrough(i));
      years.add(new YearPlan(departures.tahunPertama() + i, tersedia, Math.max(0, kebutuhan - tersedia),
          Math.max(0, tersedia - kebutuhan)));
    }
    return years;
  }
}
