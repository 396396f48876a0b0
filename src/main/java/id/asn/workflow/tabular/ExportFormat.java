package id.asn.workflow.tabular;

import id.asn.workflow.kernel.Refusal;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats every exported list is offered in, by the value of the request's {@code format} parameter:
 * {@code csv} (UTF-8 with BOM, comma, {@code .} decimals: the format of the contract), {@code csv-id} (UTF-8 with
 * BOM, semicolon, decimal comma: what Excel opens in columns with Indonesian regional settings) and {@code xlsx} (an
 * Excel workbook with typed cells).
 */
public enum ExportFormat {
  CSV("csv", "text/csv;charset=UTF-8", "csv"),
  CSV_ID("csv-id", "text/csv;charset=UTF-8", "csv"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String value;
  private final String contentType;
  private final String extension;

  ExportFormat(String value, String contentType, String extension) {
    this.value = value;
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The value of the {@code format} parameter. */
  public String value() {
    return value;
  }

  public String contentType() {
    return contentType;
  }

  /** The file name's extension, without the dot. */
  public String extension() {
    return extension;
  }

  /**
   * A writer of the table to {@code out}, its header written; {@code title} names the XLSX sheet. The caller
   * finishes and closes it (try-with-resources), and closes the stream itself.
   */
  public TableWriter open(OutputStream out, String title, List<String> columns) {
    return switch (this) {
      case CSV -> new CsvTableWriter(out, columns, ',', false);
      case CSV_ID -> new CsvTableWriter(out, columns, ';', true);
      case XLSX -> new XlsxTableWriter(out, title, columns);
    };
  }

  /** The whole file of a table held in memory. */
  public byte[] render(String title, Table table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = open(out, title, table.columns())) {
      table.rows().forEach(writer::row);
      writer.finish();
    }
    return out.toByteArray();
  }

  /** The table format of a {@code format} value, as {@link #choose} returns it. */
  public static Optional<ExportFormat> of(String value) {
    for (ExportFormat format : values()) {
      if (format.value.equals(value)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * The format a request asks for, lower case: {@code fallback} when none is given, else one of the endpoint's own
   * formats ({@code own}, e.g. json or pdf) or of the table formats; any other value is refused naming the field
   * {@code format} and the values it takes.
   */
  public static String choose(String requested, String fallback, String... own) {
    if (requested == null || requested.isBlank()) {
      return fallback;
    }
    String format = requested.strip().toLowerCase(Locale.ROOT);
    List<String> allowed = new ArrayList<>(List.of(own));
    for (ExportFormat table : values()) {
      allowed.add(table.value);
    }
    if (allowed.contains(format)) {
      return format;
    }
    String shown = requested.strip().length() > 40 ? requested.strip().substring(0, 40) + "…" : requested.strip();
    throw Refusal.invalid("format", "harus salah satu dari " + String.join(", ", allowed.subList(0, allowed.size() - 1))
        + " atau " + allowed.get(allowed.size() - 1) + ", bukan '" + shown + "'");
  }
}
