package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * tetapkanHasilKompetensi (PPPK): the PPK sets the result of the competence selection and interview (Lampiran II
 * V.E.3), checked against the thresholds of the year.
 */
@Component
class CompetenceResultTask extends SeleksiTask {

  private final SeleksiRepository periods;
  private final ScoreRepository scores;
  private final SeleksiService service;
  private final SeleksiResults results;

  CompetenceResultTask(SeleksiTasks steps, SeleksiRepository periods, ScoreRepository scores, SeleksiService service,
      SeleksiResults results) {
    super(Stage.HASIL_KOMPETENSI, PPPK, steps);
    this.periods = periods;
    this.scores = scores;
    this.service = service;
    this.results = results;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    if (periods.count("seleksi_nilai_kompetensi", c.id()) == 0) {
      throw new InvalidCompletionException("hasilKompetensiDitetapkan",
          "belum ada nilai kompetensi dan wawancara: impor nilai-kompetensi dahulu");
    }
    try {
      results.refreshFinal(service.get(c.id()));
    } catch (PppkThresholds.UnknownThresholdException e) {
      throw new InvalidCompletionException("hasilKompetensiDitetapkan", e.getMessage());
    }
    c.values().requireTrue("hasilKompetensiDitetapkan", "hasil seleksi kompetensi dan wawancara ditetapkan PPK (V.E.3)");
    int lulus = scores.passedFinal(c.id());
    periods.publish(c.id(), "HASIL_KOMPETENSI", c.today(), lulus + " peserta lulus seleksi kompetensi dan wawancara",
        c.user());
    return Map.of("jumlahLulus", lulus);
  }
}
