package id.asn.workflow.web;

/**
 * One cell of a CSV export made safe to open in a spreadsheet. A cell that begins with {@code = + - @}, a tab or a
 * carriage return is read by Excel, LibreOffice and Google Sheets as a formula ("CSV injection": a candidate named
 * {@code =HYPERLINK(...)} runs when a supervisor opens the report), so it is prefixed with an apostrophe, which
 * the spreadsheet shows as text and hides. Quoting for the CSV syntax itself is {@link #quoted}. Every CSV writer
 * of the application passes what came from a person (names, reasons, user ids) through here; numbers it formats
 * itself (counts, durations) need not.
 */
public final class CsvCells {

  private CsvCells() {}

  /** The text with a leading apostrophe when a spreadsheet would otherwise take it as a formula; null stays empty. */
  public static String safe(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char first = text.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formula ? "'" + text : text;
  }

  /**
   * The cell as it goes into the file: made {@link #safe} and, when it holds a comma, a quote or a line break,
   * enclosed in double quotes with inner quotes doubled (RFC 4180).
   */
  public static String quoted(String text) {
    String cell = safe(text);
    boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0 || cell.indexOf(';') >= 0;
    return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
