package id.asn.workflow.appointment;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.LocalDate;
import java.util.Arrays;

/** What several appointment tasks check in a completion's values, and how the event log says a step was late. */
final class CompletionChecks {

  private CompletionChecks() {}

  /** What the event log says of a step done after its time limit (the regulation's point in brackets). */
  static String late(LocalDate done, LocalDate due, String point) {
    return done.isAfter(due) ? "; TERLAMBAT, batas " + due + " (" + point + ")" : "";
  }

  /** Done after the TMT: the candidate took up duty without it ({@code point}: "at the latest before duty"). */
  static String beforeDuty(LocalDate day, LocalDate tmt, String point) {
    return tmt != null && day.isAfter(tmt) ? "; TERLAMBAT, sesudah TMT " + tmt + " (" + point + ")" : "";
  }

  /** A required date between {@code from} (when known) and today. */
  static LocalDate dateBetween(CompletionValues values, String key, String what, LocalDate from,
      String fromWhat, LocalDate today) {
    LocalDate date = values.requiredDate(key, what);
    if ((from != null && date.isBefore(from)) || date.isAfter(today)) {
      throw new InvalidCompletionException(key, "harus antara " + fromWhat + " (" + from + ") dan hari ini ("
          + today + ")");
    }
    return date;
  }

  /** A required value that names one constant of {@code type}. */
  static <E extends Enum<E>> E enumValue(CompletionValues values, String key, Class<E> type, String what) {
    String text = values.requiredText(key, 40, what);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException(key, "'" + text + "' tidak dikenal; pilih salah satu dari "
          + Arrays.toString(type.getEnumConstants()));
    }
  }
}
