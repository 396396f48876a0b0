package id.asn.workflow.workforce;

import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.kernel.FieldProblem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workload calculator (docs/api.md): tasks with yearly volume and time norm → workload hours and staff
 * needed over 1,250 effective hours a year; with the current staff, the job-effectiveness ratio.
 */
@RestController
class WorkloadController {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final EffectiveHours effectiveHours;
  private final Clock clock;

  WorkloadController(EffectiveHours effectiveHours, Clock clock) {
    this.effectiveHours = effectiveHours;
    this.clock = clock;
  }

  record Tugas(String uraian, BigDecimal volumePerTahun, BigDecimal normaWaktuMenit) {}

  /** {@code tahun}: the year whose effective working hours divide the workload; this year when not given. */
  record Request(List<Tugas> tugas, Integer jumlahPegawai, Integer tahun) {}

  record Response(BigDecimal bebanKerjaJam, BigDecimal kebutuhanPegawai, int kebutuhanPegawaiBulat, int jamKerjaEfektif,
      Integer jumlahPegawai, BigDecimal efektivitasJabatan) {}

  static final int MAX_TASKS = 1000;

  @PostMapping("/api/kebutuhan/abk")
  Response calculate(@RequestBody Request request) {
    List<FieldProblem> problems = new ArrayList<>();
    List<Tugas> tugas = request.tugas() == null ? List.of() : request.tugas();
    if (tugas.isEmpty()) {
      problems.add(new FieldProblem("tugas", "wajib berisi sedikitnya satu tugas {uraian, volumePerTahun, normaWaktuMenit}"));
    }
    if (tugas.size() > MAX_TASKS) {
      problems.add(new FieldProblem("tugas", "paling banyak " + MAX_TASKS + " tugas"));
    }
    int tahun = request.tahun() == null ? LocalDate.now(clock.withZone(JAKARTA)).getYear() : request.tahun();
    if (tahun < 2000 || tahun > 2100) {
      // the year chooses the divisor and the largest norm: without it the tasks cannot be checked
      throw Refusal.invalid("tahun", "harus antara 2000 dan 2100");
    }
    int jam = effectiveHours.perYear(tahun);
    List<WorkloadAnalysis.TaskLoad> loads = new ArrayList<>();
    for (int i = 0; i < tugas.size() && i < MAX_TASKS; i++) {
      load(i, tugas.get(i), problems, jam).ifPresent(loads::add);
    }
    if (request.jumlahPegawai() != null && (request.jumlahPegawai() < 0 || request.jumlahPegawai() > 100_000)) {
      problems.add(new FieldProblem("jumlahPegawai", "harus antara 0 dan 100000"));
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    WorkloadAnalysis.Workload workload = WorkloadAnalysis.of(loads, jam);
    BigDecimal efektivitas = request.jumlahPegawai() == null ? null
        : workload.efektivitasJabatan(request.jumlahPegawai()).orElse(null);
    return new Response(workload.bebanKerjaJam(), workload.kebutuhanPegawai(), workload.kebutuhanPegawaiBulat(),
        jam, request.jumlahPegawai(), efektivitas);
  }

  /** The load of task {@code i}; empty, with its problems added, when the task is not valid. */
  private static Optional<WorkloadAnalysis.TaskLoad> load(int i, Tugas t, List<FieldProblem> problems,
      int jam) {
    if (t == null) {
      problems.add(new FieldProblem("tugas[" + i + "]", "kosong"));
      return Optional.empty();
    }
    String at = "tugas[" + i + "].";
    if (t.uraian() == null || t.uraian().isBlank()) {
      problems.add(new FieldProblem(at + "uraian", "wajib diisi"));
    } else if (t.uraian().length() > 1000) {
      problems.add(new FieldProblem(at + "uraian", "paling panjang 1000 karakter"));
    }
    boolean volumeOk = positive(t.volumePerTahun(), TaskImport.MAX_VOLUME, at + "volumePerTahun", problems);
    boolean normaOk = positive(t.normaWaktuMenit(), TaskImport.maxNormaMenit(jam), at + "normaWaktuMenit", problems);
    return volumeOk && normaOk
        ? Optional.of(new WorkloadAnalysis.TaskLoad(t.volumePerTahun(), t.normaWaktuMenit())) : Optional.empty();
  }

  private static boolean positive(BigDecimal value, BigDecimal max, String field, List<FieldProblem> problems) {
    if (value == null) {
      problems.add(new FieldProblem(field, "wajib diisi"));
      return false;
    }
    if (value.signum() <= 0 || value.compareTo(max) > 0) {
      problems.add(new FieldProblem(field, "harus lebih dari 0 dan paling besar " + max.toPlainString()));
      return false;
    }
    return true;
  }
}
