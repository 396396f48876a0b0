package id.asn.workflow.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Peta jabatan (Peraturan BKN 9/2022): per organisation unit, in the order of the unit tree, its positions
 * from the highest to the lowest (job class, then level), each with its workload, current staff, need and
 * job class, and the unit's workload summed over its positions.
 */
record JobMap(List<UnitEntry> unit, Totals total, int jamKerjaEfektif) {

  /** One position on the map; {@code selisih} = current − need (negative: short). */
  public record PositionEntry(String kode, String nama, JenisJabatan jenisJabatan, Jenjang jenjang, int kelasJabatan,
      BigDecimal bebanKerjaJam, BigDecimal kebutuhanPegawaiHitung, int kebutuhanPegawai, int pegawaiAda, int selisih,
      BigDecimal efektivitasJabatan) {}

  /** A unit: {@code tingkat} 1 for a root unit, 2 for its sub-units and so on. */
  public record UnitEntry(String kode, String nama, String kodeInduk, int tingkat, BigDecimal bebanKerjaJam,
      int kebutuhanPegawai, int pegawaiAda, int selisih, List<PositionEntry> jabatan) {}

  public record Totals(int jumlahUnit, int jumlahJabatan, BigDecimal bebanKerjaJam, int kebutuhanPegawai, int pegawaiAda,
      int selisih) {}

  /** Highest first: the higher job class, then the higher level, then the order of the import. */
  static final Comparator<Position> HIGHEST_FIRST = Comparator.comparingInt(Position::kelasJabatan).reversed()
      .thenComparing(Position::jenjang)
      .thenComparingInt(Position::urutan);

  /** The map of the units and positions, their needs counted over {@code jamKerjaEfektif} hours a year. */
  public static JobMap build(List<OrgUnit> units, List<Position> positions, Map<String, List<PositionTask>> tasks,
      Map<String, Integer> staffCount, int jamKerjaEfektif) {
    Map<String, List<Position>> byUnit = new HashMap<>();
    positions.forEach(p -> byUnit.computeIfAbsent(p.kodeUnit(), k -> new ArrayList<>()).add(p));
    List<UnitEntry> entries = new ArrayList<>();
    WorkloadAnalysis.Workload all = WorkloadAnalysis.Workload.none(jamKerjaEfektif);
    int need = 0;
    int current = 0;
    for (Tree.Node node : Tree.of(units)) {
      List<PositionEntry> rows = new ArrayList<>();
      WorkloadAnalysis.Workload unitLoad = WorkloadAnalysis.Workload.none(jamKerjaEfektif);
      int unitNeed = 0;
      int unitCurrent = 0;
      List<Position> held = new ArrayList<>(byUnit.getOrDefault(node.unit().kode(), List.of()));
      held.sort(HIGHEST_FIRST);
      for (Position position : held) {
        WorkloadAnalysis.Workload load = workload(position, tasks, jamKerjaEfektif);
        int ada = staffCount.getOrDefault(position.kode(), 0);
        rows.add(new PositionEntry(position.kode(), position.nama(), position.jenis(), position.jenjang(),
            position.kelasJabatan(), load.bebanKerjaJam(), load.kebutuhanPegawai(), load.kebutuhanPegawaiBulat(), ada,
            ada - load.kebutuhanPegawaiBulat(), load.efektivitasJabatan(ada).orElse(null)));
        unitLoad = unitLoad.plus(load);
        unitNeed += load.kebutuhanPegawaiBulat();
        unitCurrent += ada;
      }
      entries.add(new UnitEntry(node.unit().kode(), node.unit().nama(), node.unit().kodeInduk(), node.depth(),
          unitLoad.bebanKerjaJam(), unitNeed, unitCurrent, unitCurrent - unitNeed, List.copyOf(rows)));
      all = all.plus(unitLoad);
      need += unitNeed;
      current += unitCurrent;
    }
    return new JobMap(List.copyOf(entries), new Totals(units.size(), positions.size(), all.bebanKerjaJam(), need, current,
        current - need), jamKerjaEfektif);
  }

  /** The positions in the order the map shows them. */
  public static List<Position> ordered(List<OrgUnit> units, List<Position> positions) {
    Map<String, List<Position>> byUnit = new HashMap<>();
    positions.forEach(p -> byUnit.computeIfAbsent(p.kodeUnit(), k -> new ArrayList<>()).add(p));
    List<Position> ordered = new ArrayList<>();
    for (Tree.Node node : Tree.of(units)) {
      List<Position> held = new ArrayList<>(byUnit.getOrDefault(node.unit().kode(), List.of()));
      held.sort(HIGHEST_FIRST);
      ordered.addAll(held);
    }
    return ordered;
  }

  static WorkloadAnalysis.Workload workload(Position position, Map<String, List<PositionTask>> tasks,
      int jamKerjaEfektif) {
    return WorkloadAnalysis.of(tasks.getOrDefault(position.kode(), List.of()).stream().map(PositionTask::load).toList(),
        jamKerjaEfektif);
  }

  /** The units depth first, each parent before its children, siblings in import order. */
  static final class Tree {

    record Node(OrgUnit unit, int depth) {}

    static List<Node> of(List<OrgUnit> units) {
      Map<String, List<OrgUnit>> children = new HashMap<>();
      Set<String> codes = new HashSet<>();
      units.forEach(u -> codes.add(u.kode()));
      List<OrgUnit> roots = new ArrayList<>();
      for (OrgUnit unit : units) {
        if (unit.kodeInduk() == null || !codes.contains(unit.kodeInduk())) {
          roots.add(unit);
        } else {
          children.computeIfAbsent(unit.kodeInduk(), k -> new ArrayList<>()).add(unit);
        }
      }
      List<Node> nodes = new ArrayList<>();
      Set<String> visited = new HashSet<>();
      roots.stream().sorted(Comparator.comparingInt(OrgUnit::urutan)).forEach(r -> walk(r, 1, children, nodes, visited));
      return nodes;
    }

    private static void walk(OrgUnit unit, int depth, Map<String, List<OrgUnit>> children, List<Node> nodes,
        Set<String> visited) {
      if (!visited.add(unit.kode())) {
        return;
      }
      nodes.add(new Node(unit, depth));
      children.getOrDefault(unit.kode(), List.of()).stream().sorted(Comparator.comparingInt(OrgUnit::urutan))
          .forEach(c -> walk(c, depth + 1, children, nodes, visited));
    }

    private Tree() {}
  }
}
