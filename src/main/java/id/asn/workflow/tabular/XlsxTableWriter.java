package id.asn.workflow.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as an XLSX workbook of one sheet, through Apache POI's streaming writer: only {@link #WINDOW} rows are held
 * in memory, the others wait in a compressed temporary file until {@link #finish} writes the workbook. Cells keep
 * their type: numbers are numbers, dates are dates shown as {@code yyyy-mm-dd}, booleans are booleans, text is text.
 * The header row is bold, frozen and filtered; columns are as wide as their longest value, within limits.
 * Text cells are written as strings, never as formulas, so they need no neutralising as the CSV cells do: a name
 * starting with {@code =} is shown as typed.
 */
final class XlsxTableWriter implements TableWriter {

  /** Rows kept in memory before they are flushed to the temporary file. */
  static final int WINDOW = 500;
  /** Excel's limit for the text of one cell; a longer text is cut there rather than failing the export. */
  static final int MAX_TEXT = 32_767;
  private static final int MIN_WIDTH = 8;
  private static final int MAX_WIDTH = 60;
  private static final int DATE_WIDTH = 12;

  private final OutputStream out;
  private final SXSSFWorkbook book;
  private final SXSSFSheet sheet;
  private final CellStyle dateStyle;
  private final int[] widths;
  private int next;

  XlsxTableWriter(OutputStream out, String sheetName, List<String> columns) {
    this.out = out;
    this.book = new SXSSFWorkbook(WINDOW);
    book.setCompressTempFiles(true);
    this.sheet = book.createSheet(WorkbookUtil.createSafeSheetName(sheetName == null || sheetName.isBlank()
        ? "Data" : sheetName));
    this.dateStyle = book.createCellStyle();
    dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
    this.widths = new int[columns.size()];
    CellStyle headerStyle = book.createCellStyle();
    Font bold = book.createFont();
    bold.setBold(true);
    headerStyle.setFont(bold);
    Row header = sheet.createRow(next++);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(columns.get(i));
      cell.setCellStyle(headerStyle);
      widths[i] = columns.get(i).length() + 2;
    }
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void row(Object... cells) {
    Object[] values = Table.checked(widths.length, cells);
    Row row = sheet.createRow(next++);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        widths[i] = Math.max(widths[i], write(row.createCell(i), values[i]));
      }
    }
  }

  /** Sets the cell's typed value; gives the width, in characters, it needs. */
  private int write(Cell cell, Object value) {
    if (value instanceof String text) {
      String cut = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
      cell.setCellValue(cut);
      return cut.length();
    }
    if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(dateStyle);
      return DATE_WIDTH;
    }
    if (value instanceof Boolean flag) {
      cell.setCellValue(flag);
      return 5;
    }
    if (value instanceof BigDecimal decimal) {
      cell.setCellValue(decimal.doubleValue());
      return decimal.toPlainString().length();
    }
    if (value instanceof Double d && !Double.isFinite(d)) {
      cell.setBlank();
      return 0;
    }
    Number number = (Number) value;
    cell.setCellValue(number.doubleValue());
    return number.toString().length();
  }

  @Override
  public void finish() {
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 1)) * 256);
    }
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, widths.length - 1));
    try {
      book.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    book.dispose();
    try {
      book.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
