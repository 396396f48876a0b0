package id.asn.workflow.demo;

import id.asn.workflow.sla.SlaStandard;
import id.asn.workflow.sla.SlaStandardRepository;

/** The POS standard a simulated officer works around: the SLA standard in force, the one source of it. */
final class SimulatedStandards {

  private SimulatedStandards() {}

  /** @throws IllegalStateException when the activity has no standard in seconds, which the simulator needs */
  static int seconds(SlaStandardRepository standards, String proses, String kegiatan) {
    return standards.find(proses, kegiatan).filter(SlaStandard::inSeconds).map(SlaStandard::standarDetik)
        .orElseThrow(() -> new IllegalStateException("standar SLA " + proses + "/" + kegiatan + " tidak ada atau "
            + "tidak dalam detik; simulasi kegiatan itu tidak dijalankan"));
  }
}
