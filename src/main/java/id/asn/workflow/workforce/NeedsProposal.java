package id.asn.workflow.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * Usul kebutuhan (Peraturan BKN 9/2022): per position, the need from the workload analysis, the ASN at the
 * data date, the PNS reaching retirement age and the PPPK whose agreements end in each year of the projection
 * (five), the difference by {@link NeedsDifference} and the plan over those years. Positions in shortfall are the
 * priorities of next year's proposal, in the order the instansi sets.
 */
record NeedsProposal(int tahun, int tahunKebutuhan, LocalDate tanggalData, List<Integer> tahunProyeksi,
    List<Item> jabatan, Totals total) {

  public record Item(String kode, String nama, String kodeUnit, String namaUnit, Jenjang jenjang, int kelasJabatan,
      int batasUsiaPensiun, int kebutuhan, int ada, List<Integer> pensiun, List<Integer> perjanjianBerakhir, int keluar,
      int selisih, int kekurangan, int kelebihan, NeedsDifference.Keadaan keadaan, List<NeedsDifference.YearPlan> proyeksi,
      List<DeparturesProjection.Departure> rincianKeluar, Integer prioritas) {}

  public record Totals(int kebutuhan, int ada, List<Integer> pensiun, List<Integer> perjanjianBerakhir, int keluar,
      int kekurangan, int kelebihan, List<NeedsDifference.YearPlan> proyeksi) {}

  /**
   * @param priorityOrder position codes in the instansi's order; codes that are not short are ignored, short
   *     positions missing from it stay unranked
   */
  public static NeedsProposal build(int tahun, LocalDate dataDate, List<OrgUnit> units, List<Position> positions,
      Map<String, List<PositionTask>> tasks, List<StaffMember> staff, ToIntFunction<Position> retirementAge,
      List<String> priorityOrder, int jamKerjaEfektif, int projectionYears) {
    Map<String, Position> byCode = new HashMap<>();
    positions.forEach(p -> byCode.put(p.kode(), p));
    Map<String, String> unitNames = new HashMap<>();
    units.forEach(u -> unitNames.put(u.kode(), u.nama()));
    Map<String, Integer> current = new HashMap<>();
    staff.forEach(s -> current.merge(s.kodeJabatan(), 1, Integer::sum));
    Map<String, DeparturesProjection.Departures> leaving = DeparturesProjection.byPosition(dataDate, projectionYears, staff,
        kode -> retirementAge.applyAsInt(byCode.get(kode)));
    int first = DeparturesProjection.firstYear(dataDate);

    List<Item> items = new ArrayList<>();
    for (Position position : JobMap.ordered(units, positions)) {
      int need = JobMap.workload(position, tasks, jamKerjaEfektif).kebutuhanPegawaiBulat();
      int ada = current.getOrDefault(position.kode(), 0);
      DeparturesProjection.Departures departures = leaving.getOrDefault(position.kode(),
          DeparturesProjection.Departures.none(first, projectionYears));
      NeedsDifference difference = NeedsDifference.of(need, ada, departures.total());
      Item item = new Item(position.kode(), position.nama(), position.kodeUnit(), unitNames.get(position.kodeUnit()),
          position.jenjang(), position.kelasJabatan(), retirementAge.applyAsInt(position), need, ada,
          departures.pensiun(), departures.perjanjianBerakhir(), departures.total(), difference.selisih(),
          difference.kekurangan(), difference.kelebihan(), difference.keadaan(),
          NeedsDifference.plan(need, ada, departures), departures.rincian(), null);
      items.add(item);
    }
    List<Item> ranked = rank(items, priorityOrder);
    return new NeedsProposal(tahun, tahun + 1, dataDate, IntStream.range(first, first + projectionYears)
        .boxed().toList(), ranked, totals(ranked, first, projectionYears));
  }

  private static List<Item> rank(List<Item> items, List<String> priorityOrder) {
    Map<String, Integer> rank = new HashMap<>();
    int next = 1;
    for (String kode : priorityOrder) {
      boolean short_ = items.stream().anyMatch(i -> i.kode().equals(kode) && i.kekurangan() > 0);
      if (short_ && !rank.containsKey(kode)) {
        rank.put(kode, next++);
      }
    }
    return items.stream().map(i -> rank.containsKey(i.kode()) ? withPriority(i, rank.get(i.kode())) : i).toList();
  }

  private static Item withPriority(Item i, int prioritas) {
    return new Item(i.kode(), i.nama(), i.kodeUnit(), i.namaUnit(), i.jenjang(), i.kelasJabatan(), i.batasUsiaPensiun(),
        i.kebutuhan(), i.ada(), i.pensiun(), i.perjanjianBerakhir(), i.keluar(), i.selisih(), i.kekurangan(),
        i.kelebihan(), i.keadaan(), i.proyeksi(), i.rincianKeluar(), prioritas);
  }

  private static Totals totals(List<Item> items, int first, int years) {
    int[] pensiun = new int[years];
    int[] berakhir = new int[years];
    int[] tersedia = new int[years];
    int[] kurang = new int[years];
    int[] lebih = new int[years];
    for (Item item : items) {
      for (int y = 0; y < years; y++) {
        pensiun[y] += item.pensiun().get(y);
        berakhir[y] += item.perjanjianBerakhir().get(y);
        tersedia[y] += item.proyeksi().get(y).tersedia();
        kurang[y] += item.proyeksi().get(y).kekurangan();
        lebih[y] += item.proyeksi().get(y).kelebihan();
      }
    }
    List<NeedsDifference.YearPlan> plan = new ArrayList<>();
    for (int y = 0; y < years; y++) {
      plan.add(new NeedsDifference.YearPlan(first + y, tersedia[y], kurang[y], lebih[y]));
    }
    return new Totals(items.stream().mapToInt(Item::kebutuhan).sum(), items.stream().mapToInt(Item::ada).sum(),
        IntStream.of(pensiun).boxed().toList(), IntStream.of(berakhir).boxed().toList(),
        items.stream().mapToInt(Item::keluar).sum(), items.stream().mapToInt(Item::kekurangan).sum(),
        items.stream().mapToInt(Item::kelebihan).sum(), List.copyOf(plan));
  }

  /** The positions in shortfall: ranked ones in the instansi's order, then unranked ones by size of the shortfall. */
  public List<Item> shortfall() {
    return jabatan.stream().filter(i -> i.kekurangan() > 0)
        .sorted(Comparator.comparing((Item i) -> i.prioritas() == null ? Integer.MAX_VALUE : i.prioritas())
            .thenComparing(Comparator.comparingInt(Item::kekurangan).reversed())
            .thenComparing(Comparator.comparingInt(Item::kelasJabatan).reversed()))
        .toList();
  }

  /** Whether the instansi has ranked exactly the positions in shortfall. */
  public boolean fullyRanked() {
    return jabatan.stream().filter(i -> i.kekurangan() > 0).allMatch(i -> i.prioritas() != null);
  }
}
