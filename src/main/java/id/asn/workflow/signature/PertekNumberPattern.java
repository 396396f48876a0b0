package id.asn.workflow.signature;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Pertek letter number, from a pattern the Kanreg configures, e.g.
 * {@code {urut:5}/PERTEK-NI/KR.I/{bulanRomawi}/{tahun}} → {@code 00042/PERTEK-NI/KR.I/III/2025}.
 * Placeholders: {@code {urut}} or {@code {urut:N}} (the sequence of the year, zero-padded to N digits),
 * {@code {tahun}}, {@code {bulan}} (two digits), {@code {bulanRomawi}}. The sequence restarts every year, so
 * the year must be part of the number or two years would give the same one.
 */
final class PertekNumberPattern {

  public static final int MAX_LENGTH = 100;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?::(\\d{1,2}))?}");
  private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

  private final String pattern;

  public PertekNumberPattern(String pattern) {
    List<String> problems = problems(pattern);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Pola nomor Pertek '" + pattern + "' tidak valid: " + String.join("; ", problems));
    }
    this.pattern = pattern;
  }

  static List<String> problems(String pattern) {
    List<String> problems = new ArrayList<>();
    if (pattern == null || pattern.isBlank()) {
      problems.add("pola kosong");
      return problems;
    }
    boolean sequence = false;
    boolean year = false;
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    while (matcher.find()) {
      String name = matcher.group(1);
      switch (name) {
        case "urut" -> sequence = true;
        case "tahun" -> year = true;
        case "bulan", "bulanRomawi" -> { }
        default -> problems.add("penanda {" + name + "} tidak dikenal (urut, tahun, bulan, bulanRomawi)");
      }
      if (matcher.group(2) != null && !"urut".equals(name)) {
        problems.add("hanya {urut} yang boleh diberi jumlah digit");
      }
    }
    if (!sequence) {
      problems.add("harus memuat {urut}");
    }
    if (!year) {
      problems.add("harus memuat {tahun}: nomor urut dimulai lagi setiap tahun");
    }
    return problems;
  }

  /** The number of the {@code urutan}-th Pertek of the year of {@code tanggal}. */
  public String format(long urutan, LocalDate tanggal) {
    if (urutan < 1) {
      throw new IllegalArgumentException("nomor urut mulai dari 1: " + urutan);
    }
    Matcher matcher = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = switch (matcher.group(1)) {
        case "urut" -> matcher.group(2) == null ? Long.toString(urutan) : pad(urutan, Integer.parseInt(matcher.group(2)));
        case "tahun" -> Integer.toString(tanggal.getYear());
        case "bulan" -> pad(tanggal.getMonthValue(), 2);
        case "bulanRomawi" -> ROMAN_MONTHS[tanggal.getMonthValue() - 1];
        default -> throw new IllegalStateException("checked in the constructor");
      };
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    if (out.length() > MAX_LENGTH) {
      throw new IllegalStateException("Nomor Pertek lebih dari " + MAX_LENGTH + " karakter: " + out);
    }
    return out.toString();
  }

  /** The name of the database counter that numbers the Pertek of a year (cluster-safe, gap-free). */
  public static String counterName(int tahun) {
    return "pertek/" + tahun;
  }

  private static String pad(long value, int digits) {
    String text = Long.toString(value);
    return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
