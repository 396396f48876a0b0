package id.asn.workflow.demo;

import java.util.SplittableRandom;

/**
 * How the demo's simulated officers handle a task: who picks it up, after how long, how long the whole pass
 * takes, and what they decide. Drawn from the task id, so every node (and every restart) makes the same plan
 * without keeping any state. Durations are log-normal around 60 % of the standard: most passes are within
 * it, about one in eight is not; the second officer of each group is a little slower than the first.
 */
final class SimulatedOfficers {

  public static final String[] PEMROSES = {"pemroses1", "pemroses2"};
  public static final String[] PENANDATANGAN = {"penandatangan1", "penandatangan2"};

  private static final double MEDIAN_SHARE = 0.6;
  private static final double SIGMA = 0.45;

  private SimulatedOfficers() {}

  /** The outcome of a pass, as the task's form would send it. */
  public enum Decision { MS, BTS, TMS, SETUJU, KEMBALIKAN }

  /**
   * @param pickupSeconds from creation to the claim
   * @param totalSeconds from creation to completion (always after the claim)
   */
  public record Plan(String officer, long pickupSeconds, long totalSeconds, Decision decision) {}

  public static Plan verification(String taskId, int standardSeconds) {
    SplittableRandom random = new SplittableRandom(seed(taskId));
    int who = random.nextInt(PEMROSES.length);
    double roll = random.nextDouble();
    Decision decision = roll < 0.88 ? Decision.MS : roll < 0.95 ? Decision.BTS : Decision.TMS;
    return plan(random, PEMROSES[who], standardSeconds, who == 0 ? 1.0 : 1.2, decision);
  }

  public static Plan signing(String taskId, int standardSeconds) {
    SplittableRandom random = new SplittableRandom(seed(taskId));
    int who = random.nextInt(PENANDATANGAN.length);
    Decision decision = random.nextDouble() < 0.9 ? Decision.SETUJU : Decision.KEMBALIKAN;
    return plan(random, PENANDATANGAN[who], standardSeconds, who == 0 ? 1.0 : 1.15, decision);
  }

  private static Plan plan(SplittableRandom random, String officer, int standardSeconds, double pace,
      Decision decision) {
    double total = standardSeconds * MEDIAN_SHARE * pace * Math.exp(SIGMA * gaussian(random));
    long totalSeconds = Math.max(5, Math.round(total));
    long pickup = Math.max(1, Math.round(totalSeconds * (0.15 + 0.3 * random.nextDouble())));
    return new Plan(officer, Math.min(pickup, totalSeconds - 1), totalSeconds, decision);
  }

  /** A standard normal draw (Box-Muller). */
  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static long seed(String taskId) {
    long h = 1125899906842597L;
    for (int i = 0; i < taskId.length(); i++) {
      h = 31 * h + taskId.charAt(i);
    }
    return h;
  }
}
