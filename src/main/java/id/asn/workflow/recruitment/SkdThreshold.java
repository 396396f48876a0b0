package id.asn.workflow.recruitment;

import java.util.ArrayList;
import java.util.List;

/**
 * The minimum SKD scores of one year and category; a null minimum does not apply. The scores' maxima are the year's
 * {@link ScoreScale}.
 */
public record SkdThreshold(Integer twk, Integer tiu, Integer tkp, Integer total) {

  /** What the scores lack, one reason per minimum not met; empty when all are met. */
  public List<String> shortfalls(int nilaiTwk, int nilaiTiu, int nilaiTkp) {
    List<String> reasons = new ArrayList<>();
    below(reasons, "TWK", nilaiTwk, twk);
    below(reasons, "TIU", nilaiTiu, tiu);
    below(reasons, "TKP", nilaiTkp, tkp);
    below(reasons, "total", nilaiTwk + nilaiTiu + nilaiTkp, total);
    return reasons;
  }

  private static void below(List<String> reasons, String what, int score, Integer minimum) {
    if (minimum != null && score < minimum) {
      reasons.add(what + " " + score + " < " + minimum);
    }
  }
}
