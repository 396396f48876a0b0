package id.asn.workflow.web;

import java.util.Optional;

/**
 * What free text (names, places, reasons) may not contain: control characters (NUL breaks PostgreSQL, line breaks
 * break letters and CSV), invisible bidirectional overrides that make "gpj.exe" read as "exe.jpg", and broken
 * UTF-16 (a lone surrogate, which no database stores faithfully). Everything else a person can type is fine.
 */
public final class PlainText {

  private PlainText() {}

  /** Why the text cannot be stored as it is, in words for the person who typed it; empty when it is fine. */
  public static Optional<String> problemOf(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        return Optional.of("berisi karakter kendali (mis. NUL, tab atau baris baru) pada posisi " + (i + 1)
            + "; ketik ulang tanpa karakter itu");
      }
      if (isBidiControl(c)) {
        return Optional.of("berisi karakter pengarah teks tersembunyi (U+" + String.format("%04X", (int) c)
            + ") pada posisi " + (i + 1) + "; ketik ulang tanpa menyalin dari dokumen lain");
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          return Optional.of("berisi karakter Unicode yang rusak pada posisi " + (i + 1));
        }
        i++;
      }
    }
    return Optional.empty();
  }

  /** The embedding, override and isolate controls of Unicode's bidirectional algorithm, and the marks. */
  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
  }
}
