package id.asn.workflow.tabular;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as CSV (RFC 4180: CRLF line ends, a cell quoted when it holds the separator, a quote or a line break, inner
 * quotes doubled), UTF-8 with a byte order mark so that Excel reads it as UTF-8 (the imports skip it). Two dialects:
 * comma and {@code .} decimals, the contract's format; semicolon and decimal comma, which Excel opens in columns on
 * Windows with Indonesian regional settings (list separator {@code ;}). Dates are ISO 8601 ({@code 2025-01-31}) in
 * both, whole numbers and booleans as Java writes them, text neutralised against formulas.
 */
final class CsvTableWriter implements TableWriter {

  static final char BOM = '\uFEFF';

  private final Writer out;
  private final int width;
  private final char separator;
  private final boolean decimalComma;

  CsvTableWriter(OutputStream stream, List<String> columns, char separator, boolean decimalComma) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    this.width = columns.size();
    this.separator = separator;
    this.decimalComma = decimalComma;
    write(String.valueOf(BOM));
    line(columns.toArray());
  }

  @Override
  public void row(Object... cells) {
    line(Table.checked(width, cells));
  }

  private void line(Object[] cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(separator);
      }
      line.append(cell(cells[i], separator, decimalComma));
    }
    write(line.append("\r\n").toString());
  }

  private void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void finish() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    // the stream belongs to the caller; what is buffered goes out with finish()
  }

  /** One cell as it goes into the file. */
  static String cell(Object value, char separator, boolean decimalComma) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal || value instanceof Double) {
      BigDecimal decimal = value instanceof Double d ? finite(d) : (BigDecimal) value;
      if (decimal == null) {
        return "";
      }
      String plain = decimal.toPlainString();
      return decimalComma ? plain.replace('.', ',') : plain;
    }
    if (value instanceof String text) {
      return quote(neutralise(text), separator);
    }
    return value.toString();
  }

  /** A double as its shortest decimal (12.5, never 1.25E1); not a number or infinite is an empty cell. */
  private static BigDecimal finite(double value) {
    return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
  }

  /**
   * Text starting with = + - @, a tab or a carriage return would run as a formula in a spreadsheet (CSV injection: a
   * candidate named {@code =HYPERLINK(...)} runs when a supervisor opens the list): it gets a leading apostrophe,
   * which the spreadsheet shows as text. Numbers are cells of their own type and are written as they are.
   */
  static String neutralise(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  static String quote(String text, char separator) {
    if (text.indexOf(separator) < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
