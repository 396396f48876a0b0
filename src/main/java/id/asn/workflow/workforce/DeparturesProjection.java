package id.asn.workflow.workforce;

import id.asn.workflow.kernel.JenisAsn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Who leaves in the years of the projection after the data date (31 December of the previous year; five years, the
 * row jangkaProyeksiKebutuhan of processes/tenggat.dmn), per position: PNS
 * reaching the retirement age of their position, counted in the year their retirement takes effect, and
 * PPPK whose work agreement ends, counted in the year it ends (Peraturan BKN 9/2022, RULES.md §5). A
 * departure on or before the data date (data not yet cleaned) counts in the first year: that person is
 * counted as current staff but will not be there.
 */
final class DeparturesProjection {

  private DeparturesProjection() {}

  public enum Reason { PENSIUN, PERJANJIAN_BERAKHIR }

  /** One person leaving: who, why and from when. */
  public record Departure(String nip, String nama, String kodeJabatan, Reason alasan, LocalDate tanggal, int tahun) {}

  /** Per projection year (index 0 = the year after the data date), the PNS retiring and the PPPK agreements ending. */
  public record Departures(int tahunPertama, List<Integer> pensiun, List<Integer> perjanjianBerakhir,
      List<Departure> rincian) {

    public static Departures none(int tahunPertama, int years) {
      return new Departures(tahunPertama, zeros(years), zeros(years), List.of());
    }

    public int years() {
      return pensiun.size();
    }

    public int total() {
      return totalThrough(years() - 1);
    }

    /** Everyone gone by the end of projection year {@code index} (0-based). */
    public int totalThrough(int index) {
      int sum = 0;
      for (int i = 0; i <= index; i++) {
        sum += pensiun.get(i) + perjanjianBerakhir.get(i);
      }
      return sum;
    }

    public int totalPensiun() {
      return pensiun.stream().mapToInt(Integer::intValue).sum();
    }

    public int totalPerjanjianBerakhir() {
      return perjanjianBerakhir.stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** The first projection year for a data date: 31 December 2025 → 2026. */
  public static int firstYear(LocalDate dataDate) {
    return dataDate.getYear() + 1;
  }

  /**
   * @param retirementAge the retirement age (BUP) of a position code
   * @return the departures of each position that has any; positions without are absent
   */
  public static Map<String, Departures> byPosition(LocalDate dataDate, int years, List<StaffMember> staff,
      ToIntFunction<String> retirementAge) {
    int first = firstYear(dataDate);
    int last = first + years - 1;
    Map<String, List<Departure>> leaving = new TreeMap<>();
    for (StaffMember member : staff) {
      Reason reason;
      LocalDate date;
      if (member.jenisAsn() == JenisAsn.PNS) {
        reason = Reason.PENSIUN;
        date = RetirementDate.of(member.tanggalLahir(), retirementAge.applyAsInt(member.kodeJabatan()));
      } else {
        reason = Reason.PERJANJIAN_BERAKHIR;
        date = member.akhirPerjanjian();
        if (date == null) {
          continue; // an agreement without an end is refused by the import; nothing to project
        }
      }
      int year = Math.max(date.getYear(), first);
      if (year > last) {
        continue;
      }
      leaving.computeIfAbsent(member.kodeJabatan(), k -> new ArrayList<>())
          .add(new Departure(member.nip(), member.nama(), member.kodeJabatan(), reason, date, year));
    }
    Map<String, Departures> result = new TreeMap<>();
    leaving.forEach((kode, list) -> {
      List<Integer> pensiun = new ArrayList<>(zeros(years));
      List<Integer> berakhir = new ArrayList<>(zeros(years));
      for (Departure d : list) {
        List<Integer> counts = d.alasan() == Reason.PENSIUN ? pensiun : berakhir;
        counts.set(d.tahun() - first, counts.get(d.tahun() - first) + 1);
      }
      list.sort(Comparator.comparing(Departure::tanggal).thenComparing(Departure::nip));
      result.put(kode, new Departures(first, List.copyOf(pensiun), List.copyOf(berakhir), List.copyOf(list)));
    });
    return result;
  }

  private static List<Integer> zeros(int years) {
    return Collections.nCopies(years, 0);
  }
}
