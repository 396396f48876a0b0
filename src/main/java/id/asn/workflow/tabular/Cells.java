package id.asn.workflow.tabular;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading one cell of an import row into a value, adding the reason to the row's problems when it is not one:
 * every import reports all its bad cells, by line and column, before it refuses the file.
 */
public final class Cells {

  public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private final Csv.Row row;
  private final List<RowProblem> problems;

  public Cells(Csv.Row row, List<RowProblem> problems) {
    this.row = row;
    this.problems = problems;
  }

  public int line() {
    return row.line();
  }

  public void problem(String column, String reason) {
    problems.add(new RowProblem(row.line(), column, reason));
  }

  public Optional<String> code(String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      problem(column, "wajib diisi");
      return Optional.empty();
    }
    if (!CODE.matcher(value).matches()) {
      problem(column, "kode '" + value + "' tidak sah: 1 sampai 40 huruf, angka, titik, garis miring, garis bawah "
          + "atau tanda hubung, diawali huruf atau angka");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** Exactly {@code length} digits (a NIK, say). */
  public Optional<String> digits(String column, int length) {
    String value = row.get(column);
    if (value.isEmpty()) {
      problem(column, "wajib diisi");
      return Optional.empty();
    }
    if (value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      problem(column, "harus " + length + " angka");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** One line of text; an optional empty cell gives "". */
  public Optional<String> text(String column, int maxLength, boolean required) {
    String value = row.get(column);
    if (value.isEmpty()) {
      if (required) {
        problem(column, "wajib diisi");
        return Optional.empty();
      }
      return Optional.of("");
    }
    if (value.length() > maxLength) {
      problem(column, "paling panjang " + maxLength + " karakter, berisi " + value.length());
      return Optional.empty();
    }
    if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      problem(column, "berisi karakter kendali (mis. baris baru); tulis dalam satu baris");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  public Optional<LocalDate> date(String column, boolean required) {
    String value = row.get(column);
    if (value.isEmpty()) {
      if (required) {
        problem(column, "wajib diisi (YYYY-MM-DD)");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value, ISO));
    } catch (DateTimeParseException e) {
      problem(column, "'" + value + "' bukan tanggal yang sah (YYYY-MM-DD)");
      return Optional.empty();
    }
  }

  /** A positive decimal with at most two decimals, up to {@code max}. */
  public Optional<BigDecimal> positiveDecimal(String column, BigDecimal max) {
    String value = row.get(column);
    if (value.isEmpty()) {
      problem(column, "wajib diisi");
      return Optional.empty();
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value);
    } catch (NumberFormatException e) {
      problem(column, "'" + value + "' bukan bilangan (pakai titik untuk desimal, tanpa pemisah ribuan)");
      return Optional.empty();
    }
    if (number.signum() <= 0) {
      problem(column, "harus lebih dari 0");
      return Optional.empty();
    }
    if (number.compareTo(max) > 0) {
      problem(column, "paling besar " + max.toPlainString());
      return Optional.empty();
    }
    if (number.stripTrailingZeros().scale() > 2) {
      problem(column, "paling banyak dua angka desimal");
      return Optional.empty();
    }
    return Optional.of(number);
  }

  /** A score from 0 to {@code max} with at most two decimals, scaled to two. */
  public Optional<BigDecimal> score(String column, BigDecimal max) {
    String value = row.get(column);
    if (value.isEmpty()) {
      problem(column, "wajib diisi");
      return Optional.empty();
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value);
    } catch (NumberFormatException e) {
      problem(column, "'" + value + "' bukan bilangan (pakai titik untuk desimal)");
      return Optional.empty();
    }
    if (number.signum() < 0 || number.compareTo(max) > 0) {
      problem(column, "harus antara 0 dan " + max.toPlainString() + ", bukan " + value);
      return Optional.empty();
    }
    if (number.stripTrailingZeros().scale() > 2) {
      problem(column, "paling banyak dua angka desimal");
      return Optional.empty();
    }
    return Optional.of(number.setScale(2));
  }

  public Optional<Integer> integer(String column, int min, int max) {
    String value = row.get(column);
    if (value.isEmpty()) {
      problem(column, "wajib diisi");
      return Optional.empty();
    }
    try {
      int number = Integer.parseInt(value);
      if (number < min || number > max) {
        problem(column, "harus antara " + min + " dan " + max + ", bukan " + number);
        return Optional.empty();
      }
      return Optional.of(number);
    } catch (NumberFormatException e) {
      problem(column, "'" + value + "' bukan bilangan bulat");
      return Optional.empty();
    }
  }

  /** A value parsed by the caller from one of {@code allowed}; the problem names them all when it is none. */
  public <E> Optional<E> oneOf(String column, Optional<E> parsed, List<?> allowed) {
    String value = row.get(column);
    if (parsed.isEmpty()) {
      problem(column, value.isEmpty() ? "wajib diisi: salah satu dari " + join(allowed)
          : "'" + value + "' tidak dikenal; salah satu dari " + join(allowed));
    }
    return parsed;
  }

  private static String join(List<?> values) {
    return String.join(", ", values.stream().map(String::valueOf).toList());
  }
}
