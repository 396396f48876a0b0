package id.asn.workflow.tabular;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A list as it is exported: column names and rows of typed cells, which every {@link ExportFormat} renders (CSV,
 * CSV for a decimal-comma spreadsheet, XLSX). A cell is null (empty), text ({@link String}), a whole number
 * ({@link Integer}, {@link Long}), a decimal ({@link BigDecimal}, {@link Double}), a date ({@link LocalDate}) or a
 * {@link Boolean}; anything else is a programming error, so that no format has to guess. A list too large to hold
 * is written row by row through {@link ExportFormat#open} instead.
 */
public final class Table {

  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();

  public Table(List<String> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    this.columns = List.copyOf(columns);
  }

  public static Table of(String... columns) {
    return new Table(Arrays.asList(columns));
  }

  /** Adds a row: one cell per column, in the columns' order. */
  public Table row(Object... cells) {
    rows.add(checked(columns.size(), cells));
    return this;
  }

  public Table row(List<?> cells) {
    return row(cells.toArray());
  }

  public List<String> columns() {
    return columns;
  }

  public List<Object[]> rows() {
    return Collections.unmodifiableList(rows);
  }

  /** The cells as given, when there is one per column and each is of a type the formats know. */
  static Object[] checked(int width, Object[] cells) {
    if (cells.length != width) {
      throw new IllegalArgumentException("row of " + cells.length + " cells for " + width + " columns");
    }
    for (Object cell : cells) {
      if (!(cell == null || cell instanceof String || cell instanceof Integer || cell instanceof Long
          || cell instanceof BigDecimal || cell instanceof Double || cell instanceof LocalDate
          || cell instanceof Boolean)) {
        throw new IllegalArgumentException("cell of type " + cell.getClass().getName()
            + ": give text, Integer, Long, BigDecimal, Double, LocalDate or Boolean");
      }
    }
    return cells.clone();
  }
}
