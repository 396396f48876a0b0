package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.kernel.TaskCompletion;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** umumkanHasilAkhir: the PPK announces the final result openly; after 30 days of its receipt it is late. */
@Component
class FinalResultAnnouncementTask extends SeleksiTask {

  private final TimeLimits timeLimits;
  private final SeleksiRepository periods;
  private final SeleksiService service;
  private final SeleksiResults results;

  FinalResultAnnouncementTask(SeleksiTasks steps, SeleksiRepository periods, SeleksiService service,
      SeleksiResults results, TimeLimits timeLimits) {
    super(Stage.UMUMKAN_HASIL_AKHIR, PNS, steps);
    this.timeLimits = timeLimits;
    this.periods = periods;
    this.service = service;
    this.results = results;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    Periode p = service.get(c.id());
    c.values().requireTrue("hasilAkhirDiumumkan", "hasil akhir diumumkan secara terbuka");
    String nomor = c.values().requiredText("nomorPengumuman", 100, "nomor pengumuman hasil akhir");
    results.refreshFinal(p);
    periods.setFinalAnnounced(c.id(), c.today());
    LocalDate due = RecruitmentTimeLimits.from(timeLimits).finalResultDue(p.hasilAkhirDiterima());
    boolean late = c.today().isAfter(due);
    periods.publish(c.id(), "HASIL_AKHIR", c.today(), "Pengumuman " + nomor + (late ? "; terlambat dari batas " + due : ""),
        c.user());
    return Map.of("hasilAkhirTerlambat", late);
  }
}
