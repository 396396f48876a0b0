package id.asn.workflow.sla;

import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.pertek.PosStandards;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The POS standards the pertekNiCasn timers and due dates use, read from the SLA standards as each task is created,
 * so a change through {@code PUT /api/sla/standar} holds at once for the alerts and the report alike.
 */
@Component
class PosStandardsFromTable implements PosStandards {

  /** The tasks whose standard also drives a due date and a timer: kept in seconds and never removed. */
  static final Set<String> TIMED = Set.of(PertekProcess.TASK_VERIFIKASI, PertekProcess.TASK_TANDA_TANGAN);

  private final SlaStandardRepository standards;

  PosStandardsFromTable(SlaStandardRepository standards) {
    this.standards = standards;
  }

  static boolean drivesATimer(String proses, String kegiatan) {
    return PertekProcess.PROCESS.equals(proses) && TIMED.contains(kegiatan);
  }

  @Override
  public Duration of(String kegiatan) {
    return standards.find(PertekProcess.PROCESS, kegiatan).filter(SlaStandard::inSeconds)
        .map(s -> Duration.ofSeconds(s.standarDetik()))
        // only a change of the table outside the API can remove it (V7 seeds it, the API keeps it)
        .orElseThrow(() -> new IllegalStateException("sla_standar has no standard in seconds for "
            + PertekProcess.PROCESS + "/" + kegiatan));
  }
}
