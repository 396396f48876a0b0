package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.WorkingDayCalendar;
import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * tetapkanJadwal: the committee sets the schedule, checked against Lampiran I on the working-day calendar
 * ({@link Jadwal#problems}); a schedule into a year without a decree is accepted and said to be provisional. The
 * data deadline to the national committee follows from SKD.
 */
@Component
class ScheduleTask extends SeleksiTask {

  private final TimeLimits timeLimits;
  private final SeleksiRepository periods;
  private final SeleksiService service;
  private final CalendarService calendar;

  ScheduleTask(SeleksiTasks steps, SeleksiRepository periods, SeleksiService service, CalendarService calendar, TimeLimits timeLimits) {
    super(Stage.TETAPKAN_JADWAL, BOTH, steps);
    this.timeLimits = timeLimits;
    this.periods = periods;
    this.service = service;
    this.calendar = calendar;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    CompletionValues values = c.values();
    Jadwal jadwal = new Jadwal(values.requiredDate("pengumumanMulai", "mulai pengumuman lowongan"),
        values.requiredDate("pengumumanSelesai", "akhir pengumuman lowongan"),
        values.requiredDate("batasPelamaran", "batas akhir pelamaran"),
        values.requiredDate("seleksiAdministrasi", "tanggal seleksi administrasi"),
        values.requiredDate("tanggalSkd", "tanggal SKD"), values.requiredDate("tanggalSkb", "tanggal SKB"));
    WorkingDayCalendar days = calendar.calendar();
    RecruitmentTimeLimits limits = RecruitmentTimeLimits.from(timeLimits);
    refuse(jadwal.problems(days, c.today(), limits));
    periods.setSchedule(c.id(), jadwal);
    service.recomputeEligibility(service.get(c.id()));
    boolean provisional = days.touchesProvisional(jadwal.pengumumanMulai(), jadwal.tanggalSkb());
    periods.addEvent(c.id(), "JADWAL", "Jadwal seleksi ditetapkan." + (provisional ? " " + Deadline.PROVISIONAL_NOTE : ""),
        c.user(), c.now());
    return Map.of(PengadaanProcess.VAR_BATAS_KIRIM_PANSELNAS,
        limits.latestDataToNationalCommittee(days, jadwal.tanggalSkd()));
  }

  private static void refuse(List<Jadwal.Problem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidCompletionException(problems.get(0).field(), String.join("; ", problems.stream()
          .map(pr -> pr.field() + ": " + pr.reason()).toList()));
    }
  }
}
