package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.TaskCompletion;
import java.util.Map;
import org.springframework.stereotype.Component;

/** umumkanHasilAkhirPppk: the result of the PPPK selection announced openly (Lampiran II V.E.4). */
@Component
class PppkResultAnnouncementTask extends SeleksiTask {

  private final SeleksiRepository periods;
  private final SeleksiService service;
  private final SeleksiResults results;

  PppkResultAnnouncementTask(SeleksiTasks steps, SeleksiRepository periods, SeleksiService service,
      SeleksiResults results) {
    super(Stage.UMUMKAN_HASIL_PPPK, PPPK, steps);
    this.periods = periods;
    this.service = service;
    this.results = results;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    c.values().requireTrue("hasilAkhirDiumumkan", "hasil seleksi diumumkan secara terbuka (V.E.4)");
    String nomor = c.values().requiredText("nomorPengumuman", 100, "nomor pengumuman hasil seleksi");
    results.refreshFinal(service.get(c.id()));
    periods.setFinalAnnounced(c.id(), c.today());
    periods.publish(c.id(), "HASIL_AKHIR", c.today(), "Pengumuman " + nomor, c.user());
    return Map.of();
  }
}
