package id.asn.workflow.signature;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The code in a Pertek's QR link ({@code /verifikasi/{kode}}): 130 random bits in lower-case base32 (26
 * characters), so that nobody can walk the register by guessing codes the way they could with the number.
 */
final class VerificationCode {

  public static final int LENGTH = 26;

  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final Pattern FORMAT = Pattern.compile("[a-z2-7]{" + LENGTH + "}");

  private VerificationCode() {}

  public static String generate(SecureRandom random) {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }

  /** Whether a text could be a code at all; anything else is not looked up. */
  public static boolean isWellFormed(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }
}
