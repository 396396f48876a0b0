package id.asn.workflow.kernel.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 of document bytes, as lower-case hex: the address of a stored document. */
public final class ContentHash {

  private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

  private ContentHash() {}

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Whether a text is a hash this store could have made; anything else must never reach a file path. */
  public static boolean isSha256(String text) {
    return text != null && HEX_SHA256.matcher(text).matches();
  }
}
