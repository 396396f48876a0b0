package id.asn.workflow.sla;

import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One completed pass of a task measured against its standard: a row of {@code sla_tugas}. The duration runs
 * from creation to completion; the claim duration from the last claim to completion.
 */
public record MeasuredTask(String taskId, String proses, String kegiatan, String usulId, String instansi,
    String petugas, Instant dibuat, Instant diklaim, Instant selesai, LocalDate tanggal, long durasiMs,
    Long durasiKlaimMs, Instant batas, boolean dalamStandar, boolean simulasi) {

  /** Task ids of the demo simulator's history backfill start with this: simulated data is recognisable. */
  public static final String SIMULATED_PREFIX = "sim-";

  public static MeasuredTask of(CompletedTask task, Instant diklaim, String instansi, SlaStandard standard,
      WorkingDayCalendar calendar) {
    long durasi = Math.max(0, Duration.between(task.dibuat(), task.selesai()).toMillis());
    // a claim recorded after completion or before creation cannot belong to this pass
    Instant claim = diklaim != null && !diklaim.isAfter(task.selesai()) && !diklaim.isBefore(task.dibuat())
        ? diklaim : null;
    Long durasiKlaim = claim == null ? null : Duration.between(claim, task.selesai()).toMillis();
    Instant batas = standard.batas(task.dibuat(), calendar);
    return new MeasuredTask(task.taskId(), task.proses(), task.kegiatan(), task.usulId(), instansi, task.petugas(),
        task.dibuat(), claim, task.selesai(), SlaZone.date(task.selesai()), durasi, durasiKlaim, batas,
        !task.selesai().isAfter(batas), task.taskId().startsWith(SIMULATED_PREFIX));
  }
}
