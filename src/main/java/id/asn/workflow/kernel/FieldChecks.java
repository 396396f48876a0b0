package id.asn.workflow.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Checks of one request field each, adding the field's problem to a list so that every wrong field is named at once. */
public final class FieldChecks {

  private FieldChecks() {}

  /** The text stripped, or null when absent or blank. */
  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The text stripped; a problem when it is absent, blank or longer than {@code max}. */
  public static String requiredText(String value, String field, int max, List<FieldProblem> problems) {
    String text = blankToNull(value);
    if (text == null) {
      problems.add(new FieldProblem(field, "wajib diisi"));
    } else if (text.length() > max) {
      problems.add(new FieldProblem(field, "paling panjang " + max + " karakter"));
    }
    return text;
  }

  /** A YYYY-MM-DD date, or null when absent; a problem when it is not a date. */
  public static LocalDate optionalDate(String value, String field, List<FieldProblem> problems) {
    String text = blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "tanggal tidak valid, gunakan YYYY-MM-DD"));
      return null;
    }
  }

  /** A YYYY-MM-DD date that must be there; a problem when it is absent or not a date. */
  public static LocalDate requiredDate(String value, String field, List<FieldProblem> problems) {
    if (blankToNull(value) == null) {
      problems.add(new FieldProblem(field, "wajib diisi, YYYY-MM-DD"));
      return null;
    }
    return optionalDate(value, field, problems);
  }
}
