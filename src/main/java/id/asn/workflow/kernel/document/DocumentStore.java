package id.asn.workflow.kernel.document;

/**
 * Where document bytes live, addressed by their SHA-256. Because the address is the content, storing
 * is idempotent and a file written for a transaction that later rolled back is merely unreferenced.
 */
public interface DocumentStore {

  /** Keeps the bytes and returns their SHA-256 (64 lower-case hex digits); the same bytes again change nothing. */
  String put(byte[] content);

  /** The bytes stored under a hash, exactly as they were put; fails when there are none. */
  byte[] get(String sha256);

  boolean contains(String sha256);
}
