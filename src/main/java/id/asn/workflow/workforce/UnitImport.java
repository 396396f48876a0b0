package id.asn.workflow.workforce;

import id.asn.workflow.tabular.Cells;
import id.asn.workflow.tabular.Csv;
import id.asn.workflow.tabular.ImportResult;
import id.asn.workflow.tabular.RowProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Organisation units: {@code kodeUnit,namaUnit,kodeIndukUnit}. A parent must be another unit of the same
 * file; the units form a tree (no cycles). The file order is the order of the job map.
 */
final class UnitImport {

  public static final List<String> REQUIRED = List.of("kodeUnit", "namaUnit");
  public static final List<String> OPTIONAL = List.of("kodeIndukUnit");

  private UnitImport() {}

  public static ImportResult<OrgUnit> read(String csv) {
    List<RowProblem> problems = new ArrayList<>();
    List<OrgUnit> units = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (Csv.Row row : Csv.read(csv, REQUIRED, OPTIONAL, problems)) {
      Cells cells = new Cells(row, problems);
      Optional<String> kode = cells.code("kodeUnit");
      Optional<String> nama = cells.text("namaUnit", 200, true);
      String induk = row.get("kodeIndukUnit");
      if (!induk.isEmpty() && !Cells.CODE.matcher(induk).matches()) {
        cells.problem("kodeIndukUnit", "kode '" + induk + "' tidak sah");
      }
      if (kode.isPresent() && lineOf.containsKey(kode.get())) {
        cells.problem("kodeUnit", "kode " + kode.get() + " sudah dipakai di baris " + lineOf.get(kode.get()));
        continue;
      }
      if (kode.isPresent() && kode.get().equals(induk)) {
        cells.problem("kodeIndukUnit", "unit tidak dapat menjadi induk dirinya sendiri");
        continue;
      }
      if (kode.isPresent() && nama.isPresent()) {
        lineOf.put(kode.get(), row.line());
        units.add(new OrgUnit(kode.get(), nama.get(), induk.isEmpty() ? null : induk, units.size() + 1));
      }
    }
    checkTree(units, lineOf, problems);
    return new ImportResult<>(problems.isEmpty() ? units : List.of(), problems);
  }

  private static void checkTree(List<OrgUnit> units, Map<String, Integer> lineOf, List<RowProblem> problems) {
    Map<String, String> parentOf = new HashMap<>();
    units.forEach(u -> parentOf.put(u.kode(), u.kodeInduk()));
    for (OrgUnit unit : units) {
      if (unit.kodeInduk() != null && !parentOf.containsKey(unit.kodeInduk())) {
        problems.add(new RowProblem(lineOf.get(unit.kode()), "kodeIndukUnit", "unit induk " + unit.kodeInduk()
            + " tidak ada di berkas ini"));
        continue;
      }
      Set<String> path = new HashSet<>();
      String current = unit.kode();
      while (current != null && path.add(current)) {
        current = parentOf.get(current);
      }
      if (current != null) {
        problems.add(new RowProblem(lineOf.get(unit.kode()), "kodeIndukUnit", "susunan induk melingkar: unit "
            + unit.kode() + " menjadi induk bagi dirinya sendiri lewat " + String.join(" → ", path)));
      }
    }
  }
}
