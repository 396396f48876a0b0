package id.asn.workflow.web;

import java.util.Random;

/** Draws malformed requests for every /api endpoint from one seeded Random: the same seed, the same requests. */
final class BadRequests {

  private final Random random;
  private final BadUploads uploads;
  private final BadQueries queries;
  private final BadCalendarChanges calendar;
  private final BadEnvelopes envelopes;

  BadRequests(long seed, FuzzTargets targets) {
    this.random = new Random(seed);
    this.uploads = new BadUploads(random, targets);
    this.queries = new BadQueries(random, targets);
    this.calendar = new BadCalendarChanges(random, targets);
    this.envelopes = new BadEnvelopes(random, targets);
  }

  FuzzCase next() {
    int kind = random.nextInt(100);
    if (kind < 30) {
      return uploads.submission();
    }
    if (kind < 45) {
      return uploads.correction();
    }
    if (kind < 60) {
      return calendar.next();
    }
    if (kind < 85) {
      return queries.next();
    }
    return envelopes.next();
  }
}
