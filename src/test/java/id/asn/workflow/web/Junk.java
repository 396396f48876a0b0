package id.asn.workflow.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Values no endpoint should accept, as raw bytes: wrong types, huge numbers, broken encodings, path tricks. */
final class Junk {

  /** Text that is not a number, a date, an enum name nor a participant number: wrong for every parameter. */
  static final List<String> WORDS = List.of(
      "abc", "null", "true", "[]", "{}", "NaN", "Infinity", "1.5", "1e3", "1,000", "1_000", "--1", "١٢٣", "１２",
      "2147483648", "-2147483649", "99999999999999999999999999999999", "../../etc/passwd", "..\\..\\windows\\win.ini",
      "/etc/passwd", "C:\\boot.ini", "' OR '1'='1", "1; drop table usul_ni", "<script>alert(1)</script>",
      "${jndi:ldap://x/a}", "%s%n%x", "\u202Egnp.exe", "\uFEFFVERIFIKASI", "VERIFIKASI\u0000", "verifikasi",
      "a\u0000b", "\u0000", "\r\nX-Sisipan: 1", "😀", "ǅ", "\u200B");

  /** Byte sequences that are not UTF-8, or are UTF-16 with a BOM, or carry a NUL. */
  static final List<byte[]> BROKEN_ENCODINGS = List.of(
      new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '1'},
      new byte[] {(byte) 0xFF, (byte) 0xFE, '1', 0}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {'1', 0, '2'}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});

  /**
   * Not an int, or an int Java cannot hold: Spring's conversion refuses all of these. (Not "١٢" nor "１２":
   * Integer.parseInt reads any Unicode digit, so those are valid numbers.)
   */
  static final List<String> NOT_INTS = List.of(
      "abc", "1.5", "1e3", "1,000", "1_000", "--1", "2147483648", "-2147483649",
      "99999999999999999999999999999999", "NaN", "0x", "null", "true", "[]", "\u0000", "1\u00002");

  /** Not an ISO date, or a date no working-day arithmetic should accept. */
  static final List<String> NOT_DATES = List.of(
      "2025-02-30", "2025-13-01", "2025-00-10", "20250101", "2025/01/01", "01-02-2025", "2025-1-1", "2025-01-01T00:00",
      "+999999999-12-31", "-999999999-01-01", "0000-00-00", "9999999999-01-01", "today", "2025-01-01\u0000");

  private Junk() {}

  static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A junk parameter or path value as bytes: a word, a broken encoding, or something very long. */
  static byte[] value(Random random) {
    return switch (random.nextInt(10)) {
      case 0, 1 -> pick(random, BROKEN_ENCODINGS);
      case 2 -> longText(random, 2_000 + random.nextInt(6_000)).getBytes(StandardCharsets.UTF_8);
      default -> pick(random, WORDS).getBytes(StandardCharsets.UTF_8);
    };
  }

  static String longText(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 -./\\%é中😀";
    while (text.length() < length) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.substring(0, length);
  }

  /** Percent-encodes every byte outside the URL's unreserved characters, so that any bytes reach the server. */
  static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  static String encode(String text) {
    return encode(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A small ZIP that inflates to {@code inflated} bytes of zeros: a bomb in miniature. */
  static byte[] zipBomb(int inflated) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("inner.zip"));
      byte[] zeros = new byte[64 * 1024];
      for (int written = 0; written < inflated; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }
}
