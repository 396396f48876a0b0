package id.asn.workflow.kernel.document;

import java.time.Instant;
import java.util.List;

/**
 * The journal of document writes whose referencing transaction has not (yet) committed: what lets the store
 * remove the file of a transaction that crashed or rolled back without ever touching a referenced one.
 */
interface PendingDocuments {

  /**
   * Records, committed on its own before the bytes are written, that {@code sha256} is being stored; the record
   * goes away when the caller's transaction commits.
   */
  void recordBeforeWrite(String sha256);

  /** Hashes with a record older than {@code cutoff}: written for a transaction that may never have committed. */
  List<String> olderThan(Instant cutoff, int limit);

  /** Whether a committed row references the document, or a write of it started after {@code cutoff}. */
  boolean inUse(String sha256, Instant cutoff);

  /** Drops the records of {@code sha256} older than {@code cutoff}. */
  void forget(String sha256, Instant cutoff);
}
