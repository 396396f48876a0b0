package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.calendar.TimeLimit;
import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.pertek.PosStandards;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The POS standard times (Mutu Baku "Waktu") and the correction terms, as the pertekNiCasn model reads
 * them: due dates of the two tasks and the durations of their SLA timers, read as each task is created from the SLA
 * standards ({@link PosStandards}, the same values the SLA report measures against); the PPPK correction limit from
 * the decision table of time limits, as the appointment reads it; the interval of reminders while a PNS usul waits
 * for its correction, from configuration.
 */
@Component("pertekStandards")
public class PertekStandards {

  private final PosStandards standards;
  private final TimeLimits timeLimits;
  private final Duration pengingatPerbaikanPns;
  private final Clock clock;

  PertekStandards(PosStandards standards,
      TimeLimits timeLimits,
      @Value("${app.pertek.pengingat-perbaikan-pns:P7D}") Duration pengingatPerbaikanPns, Clock clock) {
    if (pengingatPerbaikanPns.isNegative() || pengingatPerbaikanPns.isZero()) {
      throw new IllegalArgumentException("app.pertek.pengingat-perbaikan-pns must be positive, was "
          + pengingatPerbaikanPns);
    }
    this.standards = standards;
    this.timeLimits = timeLimits;
    this.pengingatPerbaikanPns = pengingatPerbaikanPns;
    this.clock = clock;
  }

  public String verifikasi() {
    return standards.of(PertekProcess.TASK_VERIFIKASI).toString();
  }

  public String tandaTangan() {
    return standards.of(PertekProcess.TASK_TANDA_TANGAN).toString();
  }

  public Date verifikasiDue() {
    return new Date(clock.millis() + standards.of(PertekProcess.TASK_VERIFIKASI).toMillis());
  }

  public Date tandaTanganDue() {
    return new Date(clock.millis() + standards.of(PertekProcess.TASK_TANDA_TANGAN).toMillis());
  }

  /** Lampiran II VI.6.c: a PPPK usul's correction is due within this many working days. */
  public int batasPerbaikanHariKerja() {
    return timeLimits.of("perbaikanUsul").in(TimeLimit.Satuan.HARI_KERJA);
  }

  /** How often the instansi is reminded of a PNS usul waiting for its correction, which has no limit. */
  public Duration pengingatPerbaikanPns() {
    return pengingatPerbaikanPns;
  }

  /** The reminder timer's cycle: repeated until the usul is corrected or withdrawn. */
  public String siklusPengingatPerbaikan() {
    return "R/" + pengingatPerbaikanPns;
  }
}
