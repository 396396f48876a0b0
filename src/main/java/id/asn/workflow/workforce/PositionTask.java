package id.asn.workflow.workforce;

import java.math.BigDecimal;

/** One task of a position in the workload analysis: what it produces, how often a year, minutes each time. */
record PositionTask(String kodeJabatan, String uraian, String satuanHasil, BigDecimal volumePerTahun,
    BigDecimal normaWaktuMenit, int urutan) {

  public PositionTask {
    // one canonical form, whatever the scale it was read with: 1200, 1200.0 and 1200.00 are the same data
    volumePerTahun = volumePerTahun.stripTrailingZeros();
    normaWaktuMenit = normaWaktuMenit.stripTrailingZeros();
  }

  public WorkloadAnalysis.TaskLoad load() {
    return new WorkloadAnalysis.TaskLoad(volumePerTahun, normaWaktuMenit);
  }
}
