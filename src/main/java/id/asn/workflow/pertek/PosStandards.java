package id.asn.workflow.pertek;

import java.time.Duration;

/**
 * The POS standard time of a pertekNiCasn task (Mutu Baku "Waktu": 10 minutes to verify and draft, 2 minutes to
 * sign), read where the SLA standards live so that the timers, due dates, breach alerts and the SLA report share one
 * value; implemented by the SLA feature.
 */
public interface PosStandards {

  /** The standard of {@code kegiatan} ({@link PertekProcess#TASK_VERIFIKASI} or {@link PertekProcess#TASK_TANDA_TANGAN}). */
  Duration of(String kegiatan);
}
