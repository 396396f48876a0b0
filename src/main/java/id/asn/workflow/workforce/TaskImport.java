package id.asn.workflow.workforce;

import id.asn.workflow.tabular.Cells;
import id.asn.workflow.tabular.Csv;
import id.asn.workflow.tabular.ImportResult;
import id.asn.workflow.tabular.RowProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tasks of the workload analysis, several rows per position:
 * {@code kodeJabatan,uraianTugas,volumePerTahun,normaWaktuMenit[,satuanHasil]}. The position must be one of
 * the planning's positions; a task is listed once per position.
 */
final class TaskImport {

  public static final List<String> REQUIRED = List.of("kodeJabatan", "uraianTugas", "volumePerTahun", "normaWaktuMenit");
  public static final List<String> OPTIONAL = List.of("satuanHasil");

  /** A task done at most this often a year (several thousand a working day for the busiest counters). */
  static final BigDecimal MAX_VOLUME = new BigDecimal("10000000");
  /** One output taking longer than all the effective working time of a year is a unit mistake. */

  private TaskImport() {}

  /** {@code jamKerjaEfektif}: a task's time norm is at most a year's effective working time. */
  public static ImportResult<PositionTask> read(String csv, Set<String> positionCodes, int jamKerjaEfektif) {
    BigDecimal maxNormaMenit = maxNormaMenit(jamKerjaEfektif);
    List<RowProblem> problems = new ArrayList<>();
    List<PositionTask> tasks = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (Csv.Row row : Csv.read(csv, REQUIRED, OPTIONAL, problems)) {
      Cells cells = new Cells(row, problems);
      int before = problems.size();
      Optional<String> kode = cells.code("kodeJabatan");
      if (kode.isPresent() && !positionCodes.contains(kode.get())) {
        cells.problem("kodeJabatan", positionCodes.isEmpty() ? "belum ada jabatan: impor jabatan dahulu"
            : "jabatan " + kode.get() + " tidak ada di data jabatan");
      }
      Optional<String> uraian = cells.text("uraianTugas", 1000, true);
      Optional<String> satuan = cells.text("satuanHasil", 100, false);
      Optional<BigDecimal> volume = cells.positiveDecimal("volumePerTahun", MAX_VOLUME);
      Optional<BigDecimal> norma = cells.positiveDecimal("normaWaktuMenit", maxNormaMenit);
      if (kode.isPresent() && uraian.isPresent()) {
        String key = kode.get() + "\n" + uraian.get().toLowerCase(Locale.ROOT);
        if (lineOf.containsKey(key)) {
          cells.problem("uraianTugas", "tugas yang sama untuk jabatan " + kode.get() + " sudah ada di baris " + lineOf.get(key));
        } else {
          lineOf.put(key, row.line());
        }
      }
      if (problems.size() == before) {
        tasks.add(new PositionTask(kode.get(), uraian.get(), satuan.get().isEmpty() ? null : satuan.get(), volume.get(),
            norma.get(), tasks.size() + 1));
      }
    }
    return new ImportResult<>(problems.isEmpty() ? tasks : List.of(), problems);
  }

  /** A year's effective working time in minutes: no task takes longer each time. */
  static BigDecimal maxNormaMenit(int jamKerjaEfektif) {
    return BigDecimal.valueOf(jamKerjaEfektif * 60L);
  }
}
