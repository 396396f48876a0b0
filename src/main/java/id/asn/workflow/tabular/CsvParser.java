package id.asn.workflow.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into RFC 4180 records, one character at a time: a blank line is skipped, a stray or unclosed
 * quote reported on its line. A record keeps the line it starts on, which a quoted line break moves on from.
 */
final class CsvParser {

  record Record(int line, List<String> cells) {}

  private final String text;
  private final List<RowProblem> problems;
  private final List<Record> records = new ArrayList<>();
  private final List<String> cells = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();
  private boolean quoted;
  private boolean cellWasQuoted;
  private int line = 1;
  private int recordLine = 1;
  private int i;

  private CsvParser(String text, List<RowProblem> problems) {
    this.text = text;
    this.problems = problems;
  }

  static List<Record> parse(String text, List<RowProblem> problems) {
    return new CsvParser(text, problems).records();
  }

  private List<Record> records() {
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        insideQuotes(c);
      } else {
        outsideQuotes(c);
      }
    }
    if (quoted) {
      problems.add(new RowProblem(recordLine, null, "tanda kutip pembuka tidak ditutup sampai akhir berkas"));
      return records;
    }
    if (cell.length() > 0 || !cells.isEmpty() || cellWasQuoted) {
      endCell();
      endRecord();
    }
    return records;
  }

  private void insideQuotes(char c) {
    if (c != '"') {
      if (c == '\n' || (c == '\r' && !nextIs('\n'))) {
        line++;
      }
      cell.append(c);
    } else if (nextIs('"')) {
      cell.append('"');
      i++; // the second quote of the pair
    } else {
      quoted = false;
    }
  }

  private void outsideQuotes(char c) {
    if (c == '"') {
      openQuote();
    } else if (c == ',') {
      endCell();
    } else if (c == '\r' || c == '\n') {
      endCell();
      endRecord();
      if (c == '\r' && nextIs('\n')) {
        i++;
      }
      line++;
      recordLine = line;
    } else {
      cell.append(c);
    }
  }

  /** A quote opens a quoted cell only as the cell's first character; anywhere else it is kept and reported. */
  private void openQuote() {
    if (cell.length() == 0 && !cellWasQuoted) {
      quoted = true;
      cellWasQuoted = true;
    } else {
      problems.add(new RowProblem(line, null, "tanda kutip (\") di tengah sel: sel yang memuat tanda kutip, koma "
          + "atau baris baru harus diapit tanda kutip dan tanda kutip di dalamnya ditulis dua kali (\"\")"));
      cell.append('"');
    }
  }

  private boolean nextIs(char expected) {
    return i + 1 < text.length() && text.charAt(i + 1) == expected;
  }

  private void endCell() {
    cells.add(cell.toString());
    cell.setLength(0);
    cellWasQuoted = false;
  }

  private void endRecord() {
    boolean blank = cells.size() == 1 && cells.get(0).isBlank();
    if (!blank) {
      records.add(new Record(recordLine, List.copyOf(cells)));
    }
    cells.clear();
  }
}
