package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.kernel.TaskCompletion;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** umumkanPelaksanaanSkb: the day, time and place of SKB, the card and KTP, and the stationery needed (V.D.2). */
@Component
class SkbAnnouncementTask extends SeleksiTask {

  private final TimeLimits timeLimits;
  private final SeleksiRepository periods;
  private final SeleksiService service;

  SkbAnnouncementTask(SeleksiTasks steps, SeleksiRepository periods, SeleksiService service, TimeLimits timeLimits) {
    super(Stage.UMUMKAN_SKB, PNS, steps);
    this.timeLimits = timeLimits;
    this.periods = periods;
    this.service = service;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    Periode p = service.get(c.id());
    LocalDate skb = ExamDate.skb(c.values(), c.today(), p.jadwal().tanggalSkd(), RecruitmentTimeLimits.from(timeLimits));
    c.values().requireTrue("kartuDanKtpDiwajibkan", "pengumuman SKB memuat kewajiban membawa kartu peserta dan KTP");
    String tempat = c.values().requiredText("tempatSkb", 500, "hari, waktu dan tempat pelaksanaan SKB");
    c.values().requiredText("alatTulis", 500, "alat tulis yang diperlukan");
    periods.setExamDate(c.id(), "tanggal_skb", skb);
    periods.publish(c.id(), "PELAKSANAAN_SKB", c.today(), "SKB " + skb + ", " + tempat, c.user());
    return Map.of(PengadaanProcess.VAR_WAKTU_SKB_SELESAI, startOf(skb.plusDays(1)));
  }
}
