package id.asn.workflow.signature;

/**
 * A NIK as the public verification page shows it: the regency code and the last digits stay, the birth
 * date and gender in the middle (DDMMYY, day + 40 for women) are hidden, e.g. {@code 3325********0001}.
 */
final class NikMask {

  private static final int VISIBLE_START = 4;
  private static final int VISIBLE_END = 4;

  private NikMask() {}

  public static String mask(String nik) {
    if (nik == null || nik.isBlank()) {
      return "";
    }
    String digits = nik.strip();
    if (digits.length() <= VISIBLE_START + VISIBLE_END) {
      return "*".repeat(digits.length());
    }
    return digits.substring(0, VISIBLE_START) + "*".repeat(digits.length() - VISIBLE_START - VISIBLE_END)
        + digits.substring(digits.length() - VISIBLE_END);
  }
}
