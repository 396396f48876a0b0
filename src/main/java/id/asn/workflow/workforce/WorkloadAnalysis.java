package id.asn.workflow.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Analisis Beban Kerja (PermenPANRB 1/2020, RULES.md §5): the workload of a position is the sum over its
 * tasks of yearly volume × time norm; the staff it needs is that workload over the effective working time of a
 * year ({@code jamKerjaEfektif}, 1,250 hours in processes/jam-kerja-efektif.dmn). The job-effectiveness ratio (efektivitas jabatan) compares the workload with what
 * the current staff can carry: above 1 they are overloaded, below 1 under-used.
 */
final class WorkloadAnalysis {

  static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

  private WorkloadAnalysis() {}

  /** One task of a position: how often a year it is done and how many minutes it takes each time. */
  public record TaskLoad(BigDecimal volumePerTahun, BigDecimal normaWaktuMenit) {
    public TaskLoad {
      Objects.requireNonNull(volumePerTahun, "volumePerTahun");
      Objects.requireNonNull(normaWaktuMenit, "normaWaktuMenit");
      if (volumePerTahun.signum() < 0 || normaWaktuMenit.signum() < 0) {
        throw new IllegalArgumentException("volume and time norm must not be negative");
      }
    }

    BigDecimal minutes() {
      return volumePerTahun.multiply(normaWaktuMenit);
    }
  }

  /**
   * The result for one position (or a unit, summed): workload in minutes and hours, the staff needed as a
   * fraction (two decimals) and rounded to whole people (half up: 1.5 → 2, 1.49 → 1).
   */
  public record Workload(BigDecimal bebanKerjaMenit, BigDecimal bebanKerjaJam, BigDecimal kebutuhanPegawai,
      int kebutuhanPegawaiBulat, int jamKerjaEfektif) {

    /** No workload, over {@code jamKerjaEfektif} hours a year. */
    public static Workload none(int jamKerjaEfektif) {
      return of(BigDecimal.ZERO, jamKerjaEfektif);
    }

    static Workload of(BigDecimal minutes, int jamKerjaEfektif) {
      if (jamKerjaEfektif <= 0) {
        throw new IllegalArgumentException("jam kerja efektif harus lebih dari 0: " + jamKerjaEfektif);
      }
      BigDecimal effectiveMinutes = BigDecimal.valueOf(jamKerjaEfektif * 60L);
      return new Workload(minutes,
          minutes.divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP),
          minutes.divide(effectiveMinutes, 2, RoundingMode.HALF_UP),
          minutes.divide(effectiveMinutes, 0, RoundingMode.HALF_UP).intValueExact(), jamKerjaEfektif);
    }

    public Workload plus(Workload other) {
      return of(bebanKerjaMenit.add(other.bebanKerjaMenit), jamKerjaEfektif);
    }

    /**
     * Efektivitas jabatan: workload ÷ (current staff × 1,250 hours), two decimals; empty when nobody holds
     * the position (the ratio has no meaning there, the whole need is a shortfall).
     */
    public Optional<BigDecimal> efektivitasJabatan(int pegawaiAda) {
      if (pegawaiAda <= 0) {
        return Optional.empty();
      }
      BigDecimal capacity = BigDecimal.valueOf(jamKerjaEfektif * 60L).multiply(BigDecimal.valueOf(pegawaiAda));
      return Optional.of(bebanKerjaMenit.divide(capacity, 2, RoundingMode.HALF_UP));
    }
  }

  public static Workload of(Collection<TaskLoad> tasks, int jamKerjaEfektif) {
    BigDecimal minutes = BigDecimal.ZERO;
    for (TaskLoad task : tasks) {
      minutes = minutes.add(task.minutes());
    }
    return Workload.of(minutes, jamKerjaEfektif);
  }
}
