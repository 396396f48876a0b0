package id.asn.workflow.tabular;

/**
 * Writes a table row by row to a stream, in one {@link ExportFormat}: a list read from the database goes out without
 * being held whole. The header is written when the writer is opened; {@link #finish} completes the file and
 * {@link #close} frees what the writer holds (it never closes the stream it writes to). I/O failures are unchecked,
 * so rows can be written from a callback.
 */
public interface TableWriter extends AutoCloseable {

  /** One row: a cell per column, typed as {@link Table} says. */
  void row(Object... cells);

  /** Writes what is still to come (for XLSX, the whole workbook) and flushes the stream. */
  void finish();

  @Override
  void close();
}
