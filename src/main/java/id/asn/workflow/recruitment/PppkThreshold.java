package id.asn.workflow.recruitment;

import java.util.ArrayList;
import java.util.List;

/**
 * The minimum PPPK scores of one year for one kind of position; a null minimum does not apply. The scores'
 * maxima are the year's {@link ScoreScale}. A year or a position without any minimum passes by rank alone.
 */
public record PppkThreshold(Integer teknis, Integer manajerialSosialKultural, Integer wawancara) {

  /** What the scores lack, one reason per minimum not met; empty when all are met. */
  public List<String> shortfalls(int nilaiTeknis, int nilaiManajerialSosialKultural, int nilaiWawancara) {
    List<String> reasons = new ArrayList<>();
    below(reasons, "teknis", nilaiTeknis, teknis);
    below(reasons, "manajerial dan sosial kultural", nilaiManajerialSosialKultural, manajerialSosialKultural);
    below(reasons, "wawancara", nilaiWawancara, wawancara);
    return reasons;
  }

  private static void below(List<String> reasons, String what, int score, Integer minimum) {
    if (minimum != null && score < minimum) {
      reasons.add(what + " " + score + " < " + minimum);
    }
  }

  /** The thresholds of the formasi that share a certificate requirement and a technical threshold. */
  public record Row(boolean sertifikasiWajib, Integer ambangTeknisJabatan, PppkThreshold threshold) {}
}
