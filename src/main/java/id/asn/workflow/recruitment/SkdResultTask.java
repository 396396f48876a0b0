package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * tetapkanHasilSkd: the SKD result the national committee set, checked against the thresholds of the year; those
 * who pass may sit SKB.
 */
@Component
class SkdResultTask extends SeleksiTask {

  private final SeleksiRepository periods;
  private final ScoreRepository scores;
  private final SeleksiService service;
  private final SeleksiResults results;

  SkdResultTask(SeleksiTasks steps, SeleksiRepository periods, ScoreRepository scores, SeleksiService service,
      SeleksiResults results) {
    super(Stage.HASIL_SKD, PNS, steps);
    this.periods = periods;
    this.scores = scores;
    this.service = service;
    this.results = results;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    if (periods.count("seleksi_nilai_skd", c.id()) == 0) {
      throw new InvalidCompletionException("hasilSkdDitetapkan", "belum ada nilai SKD: impor nilai-skd dahulu");
    }
    try {
      results.refreshSkd(service.get(c.id()));
    } catch (SkdThresholds.UnknownThresholdException e) {
      throw new InvalidCompletionException("hasilSkdDitetapkan", e.getMessage());
    }
    c.values().requireTrue("hasilSkdDitetapkan", "hasil SKD yang ditetapkan panitia seleksi nasional telah diperiksa");
    int lulus = scores.passedSkd(c.id()).size();
    periods.publish(c.id(), "HASIL_SKD", c.today(), lulus + " peserta lulus SKD dan berhak mengikuti SKB", c.user());
    return Map.of("jumlahLulusSkd", lulus);
  }
}
