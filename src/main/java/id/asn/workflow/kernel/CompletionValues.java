package id.asn.workflow.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The values a task completes with, as the server receives them: Tasklist sends numbers, booleans and text
 * as it has them, other clients may send numbers as text. Each reader refuses what is not what it expects.
 */
public final class CompletionValues {

  private final Map<String, Object> values;

  public CompletionValues(Map<String, Object> values) {
    this.values = values;
  }

  public Object raw(String key) {
    return values.get(key);
  }

  public boolean isTrue(String key) {
    Object value = values.get(key);
    return Boolean.TRUE.equals(value) || (value instanceof String text && "true".equalsIgnoreCase(text.strip()));
  }

  public void requireTrue(String key, String reason) {
    if (!isTrue(key)) {
      throw new InvalidCompletionException(key, reason);
    }
  }

  /** Stripped text, empty when absent. */
  public String text(String key) {
    Object value = values.get(key);
    return value == null ? "" : String.valueOf(value).strip();
  }

  public String requiredText(String key, int maxLength, String what) {
    String text = text(key);
    if (text.isEmpty()) {
      throw new InvalidCompletionException(key, "wajib diisi: " + what);
    }
    return limited(key, text, maxLength);
  }

  public String optionalText(String key, int maxLength) {
    String text = text(key);
    return text.isEmpty() ? null : limited(key, text, maxLength);
  }

  private static String limited(String key, String text, int maxLength) {
    if (text.length() > maxLength) {
      throw new InvalidCompletionException(key, "paling panjang " + maxLength + " karakter");
    }
    return text;
  }

  /** A number given as a number or as text (dot for decimals, no thousands separators). */
  public Optional<BigDecimal> decimal(String key) {
    Object value = values.get(key);
    if (value == null || (value instanceof String text && text.isBlank())) {
      return Optional.empty();
    }
    try {
      BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(String.valueOf(value).strip());
      return Optional.of(number);
    } catch (NumberFormatException e) {
      throw new InvalidCompletionException(key, "'" + value + "' bukan bilangan");
    }
  }

  public BigDecimal requiredDecimal(String key, BigDecimal min, BigDecimal max, String what) {
    BigDecimal number = decimal(key).orElseThrow(() -> new InvalidCompletionException(key, "wajib diisi: " + what));
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      throw new InvalidCompletionException(key, "harus antara " + min.toPlainString() + " dan " + max.toPlainString());
    }
    return number;
  }

  public long requiredWhole(String key, long min, long max, String what) {
    BigDecimal number = requiredDecimal(key, BigDecimal.valueOf(min), BigDecimal.valueOf(max), what);
    if (number.stripTrailingZeros().scale() > 0) {
      throw new InvalidCompletionException(key, "harus bilangan bulat");
    }
    return number.longValueExact();
  }

  public LocalDate requiredDate(String key, String what) {
    String text = text(key);
    if (text.isEmpty()) {
      throw new InvalidCompletionException(key, "wajib diisi: " + what + " (YYYY-MM-DD)");
    }
    try {
      // a date picker may send a date-time; the day is what counts
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidCompletionException(key, "'" + text + "' bukan tanggal yang sah (YYYY-MM-DD)");
    }
  }
}
