package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.kernel.TaskCompletion;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** umumkanPelaksanaanSkd: the day, time and place of SKD, with the duty to bring the card and KTP (V.C.2). */
@Component
class SkdAnnouncementTask extends SeleksiTask {

  private final TimeLimits timeLimits;
  private final SeleksiRepository periods;
  private final SeleksiService service;
  private final CalendarService calendar;

  SkdAnnouncementTask(SeleksiTasks steps, SeleksiRepository periods, SeleksiService service, CalendarService calendar, TimeLimits timeLimits) {
    super(Stage.UMUMKAN_SKD, PNS, steps);
    this.timeLimits = timeLimits;
    this.periods = periods;
    this.service = service;
    this.calendar = calendar;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    Periode p = service.get(c.id());
    LocalDate skd = ExamDate.skd(c.values(), c.today(), p.jadwal().seleksiAdministrasi(), calendar.calendar(),
        RecruitmentTimeLimits.from(timeLimits));
    c.values().requireTrue("kartuDanKtpDiwajibkan", "pengumuman SKD memuat kewajiban membawa kartu peserta dan KTP");
    String tempat = c.values().requiredText("tempatSkd", 500, "hari, waktu dan tempat pelaksanaan SKD");
    periods.setExamDate(c.id(), "tanggal_skd", skd);
    periods.publish(c.id(), "PELAKSANAAN_SKD", c.today(), "SKD " + skd + ", " + tempat, c.user());
    return Map.of(PengadaanProcess.VAR_WAKTU_SKD_SELESAI, startOf(skd.plusDays(1)));
  }
}
