package id.asn.workflow.recruitment;

import java.util.ArrayList;
import java.util.List;

/**
 * The minimum SKD scores of one year and category; a null minimum does not apply. Scores out of TWK 150, TIU
 * 175, TKP 225, total 550.
 */
public record SkdThreshold(Integer twk, Integer tiu, Integer tkp, Integer total) {

  public static final int MAKS_TWK = 150;
  public static final int MAKS_TIU = 175;
  public static final int MAKS_TKP = 225;
  public static final int MAKS_TOTAL = 550;

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
