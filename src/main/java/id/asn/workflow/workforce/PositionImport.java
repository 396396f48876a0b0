package id.asn.workflow.workforce;

import id.asn.workflow.tabular.Cells;
import id.asn.workflow.tabular.Csv;
import id.asn.workflow.tabular.ImportResult;
import id.asn.workflow.tabular.RowProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Positions with their job information (analisis jabatan):
 * {@code kodeJabatan,namaJabatan,kodeUnit,jenisJabatan,jenjang,kelasJabatan,ikhtisarJabatan[,kualifikasiPendidikan]}.
 * The unit must be one of the planning's units.
 */
final class PositionImport {

  public static final List<String> REQUIRED = List.of("kodeJabatan", "namaJabatan", "kodeUnit", "jenisJabatan",
      "jenjang", "kelasJabatan", "ikhtisarJabatan");
  public static final List<String> OPTIONAL = List.of("kualifikasiPendidikan");

  /** Kelas jabatan runs from 1 to 17 (Perpres on tunjangan kinerja). */
  public static final int MIN_KELAS = 1;
  public static final int MAX_KELAS = 17;

  private PositionImport() {}

  public static ImportResult<Position> read(String csv, Set<String> unitCodes) {
    List<RowProblem> problems = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (Csv.Row row : Csv.read(csv, REQUIRED, OPTIONAL, problems)) {
      Cells cells = new Cells(row, problems);
      int before = problems.size();
      Optional<String> kode = cells.code("kodeJabatan");
      Optional<String> nama = cells.text("namaJabatan", 200, true);
      Optional<String> unit = cells.code("kodeUnit");
      if (unit.isPresent() && !unitCodes.contains(unit.get())) {
        cells.problem("kodeUnit", unitCodes.isEmpty() ? "belum ada unit organisasi: impor unit organisasi dahulu"
            : "unit " + unit.get() + " tidak ada di data unit organisasi");
      }
      Optional<Jenjang> jenjang = jenjang(row, cells);
      Optional<Integer> kelas = cells.integer("kelasJabatan", MIN_KELAS, MAX_KELAS);
      Optional<String> ikhtisar = cells.text("ikhtisarJabatan", 2000, true);
      Optional<String> kualifikasi = cells.text("kualifikasiPendidikan", 500, false);
      if (kode.isPresent() && lineOf.containsKey(kode.get())) {
        cells.problem("kodeJabatan", "kode " + kode.get() + " sudah dipakai di baris " + lineOf.get(kode.get()));
      }
      if (problems.size() == before) {
        lineOf.put(kode.get(), row.line());
        positions.add(new Position(kode.get(), nama.get(), unit.get(), jenjang.get(), kelas.get(),
            kualifikasi.get().isEmpty() ? null : kualifikasi.get(), ikhtisar.get(), positions.size() + 1));
      }
    }
    return new ImportResult<>(problems.isEmpty() ? positions : List.of(), problems);
  }

  private static Optional<Jenjang> jenjang(Csv.Row row, Cells cells) {
    String jenisText = row.get("jenisJabatan").toUpperCase(Locale.ROOT);
    JenisJabatan jenis;
    try {
      jenis = JenisJabatan.valueOf(jenisText);
    } catch (IllegalArgumentException e) {
      cells.problem("jenisJabatan", jenisText.isEmpty() ? "wajib diisi: JPT, JA atau JF" : "harus JPT, JA atau JF, bukan '"
          + row.get("jenisJabatan") + "'");
      return Optional.empty();
    }
    Optional<Jenjang> jenjang = Jenjang.parse(row.get("jenjang")).filter(j -> j.jenis() == jenis);
    if (jenjang.isEmpty()) {
      cells.problem("jenjang", "untuk " + jenis + " harus salah satu dari " + Jenjang.namesOf(jenis)
          + (row.get("jenjang").isEmpty() ? "" : ", bukan '" + row.get("jenjang") + "'"));
    }
    return jenjang;
  }
}
