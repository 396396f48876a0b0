package id.asn.workflow.workforce;

import id.asn.workflow.kernel.IndonesianText;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as Indonesian readers write them: 1.234,56 and 31 Maret 2026. */
final class Angka {

  static final Locale ID = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);

  private Angka() {}

  static String of(BigDecimal number) {
    if (number == null) {
      return "-";
    }
    NumberFormat format = NumberFormat.getNumberInstance(ID);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(2);
    return format.format(number);
  }

  static String of(long number) {
    return NumberFormat.getIntegerInstance(ID).format(number);
  }

  static String waktu(java.time.Instant instant) {
    return instant == null ? "-" : IndonesianText.dateTime(instant);
  }

  static String tanggal(LocalDate date) {
    return date == null ? "-" : TANGGAL.format(date);
  }
}
