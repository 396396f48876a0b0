package id.asn.workflow.web;

import id.asn.workflow.tabular.ExportFormat;
import id.asn.workflow.tabular.Table;
import id.asn.workflow.tabular.TableWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An exported list as a download in the format asked for: its Content-Type, a file name with the format's
 * extension, private to the user and never stored by a cache (the lists hold personal data). A list held in memory
 * is answered whole; a list read from the database is streamed to the response as it is read.
 */
public final class TableDownloads {

  private TableDownloads() {}

  /** {@code name} is the file name without extension; it also names the XLSX sheet. */
  public static ResponseEntity<byte[]> of(String name, ExportFormat format, Table table) {
    byte[] content = format.render(name, table);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(format.contentType()))
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + "." + format.extension()))
        .cacheControl(CacheControl.noStore().cachePrivate())
        .body(content);
  }

  /** Writes the header, then each row {@code rows} gives, to the response; the rows are never all held. */
  public static void stream(HttpServletResponse response, String name, ExportFormat format, List<String> columns,
      Consumer<TableWriter> rows) throws IOException {
    response.setContentType(format.contentType());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(name + "." + format.extension()));
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().cachePrivate().getHeaderValue());
    OutputStream out = response.getOutputStream();
    try (TableWriter writer = format.open(out, name, columns)) {
      rows.accept(writer);
      writer.finish();
    }
  }

  private static String attachment(String fileName) {
    boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(fileName);
    return (ascii ? ContentDisposition.attachment().filename(fileName)
        : ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8)).build().toString();
  }
}
