package id.asn.workflow.tabular;

import id.asn.workflow.kernel.Refusal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * CSV as the imports read it: UTF-8 (a byte order mark is skipped), comma-separated, a header row, quotes as in
 * RFC 4180. Reading keeps the line each record starts on, so a problem names the line a person sees in an editor.
 * Exports are written by {@link ExportFormat}.
 */
public final class Csv {

  public static final int MAX_ROWS = 100_000;

  private Csv() {}

  /**
   * The text of an uploaded CSV, strict UTF-8: an empty body or one saved in another encoding is refused with
   * the line of its first undecodable byte, through {@code refuse}, which gives the import's own exception.
   */
  public static String decode(byte[] body, int maxBytes, Function<List<RowProblem>, RuntimeException> refuse) {
    if (body == null || body.length == 0) {
      throw refuse.apply(List.of(new RowProblem(1, null,
          "berkas kosong: kirim CSV sebagai isi permintaan (Content-Type: text/csv) atau bagian 'file' multipart")));
    }
    if (body.length > maxBytes) {
      throw Refusal.invalid("file", "paling besar " + maxBytes / (1024 * 1024) + " MB");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(body.length);
    if (decoder.decode(in, out, true).isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (body[i] == '\n') {
          line++;
        }
      }
      throw refuse.apply(List.of(new RowProblem(line, null,
          "bukan teks UTF-8 (mis. disimpan sebagai ANSI/Windows-1252): simpan ulang sebagai CSV UTF-8")));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The SHA-256 of parsed rows, in order: the same rows again mean the same import, however the file was laid out. */
  public static String fingerprint(List<?> rows) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Object row : rows) {
        digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One data record by column name, with the line it starts on. */
  public record Row(int line, Map<String, String> cells) {

    /** The stripped value of a column; empty when the column is absent or blank. */
    public String get(String column) {
      String value = cells.get(column);
      return value == null ? "" : value.strip();
    }
  }

  /**
   * Reads a CSV whose header must hold the required columns, may hold the optional ones and nothing else
   * (in any order). Every problem is added to {@code problems}; rows that cannot be read are left out.
   */
  public static List<Row> read(String text, List<String> required, List<String> optional, List<RowProblem> problems) {
    List<CsvParser.Record> records = CsvParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
    if (records.isEmpty()) {
      problems.add(new RowProblem(1, null, "berkas kosong: baris pertama harus berisi nama kolom "
          + String.join(",", required)));
      return List.of();
    }
    List<String> header = records.get(0).cells().stream().map(String::strip).toList();
    if (!checkHeader(header, required, optional, problems)) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    for (CsvParser.Record record : records.subList(1, records.size())) {
      if (record.cells().size() != header.size()) {
        problems.add(new RowProblem(record.line(), null, "berisi " + record.cells().size() + " kolom, seharusnya "
            + header.size() + " sesuai baris judul"));
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        cells.put(header.get(i), record.cells().get(i));
      }
      rows.add(new Row(record.line(), cells));
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new RowProblem(1, null, "tidak ada baris data di bawah baris judul"));
    }
    if (rows.size() > MAX_ROWS) {
      problems.add(new RowProblem(rows.get(MAX_ROWS).line(), null, "paling banyak " + MAX_ROWS + " baris data per impor"));
    }
    return rows;
  }

  private static boolean checkHeader(List<String> header, List<String> required, List<String> optional,
      List<RowProblem> problems) {
    int before = problems.size();
    Set<String> seen = new HashSet<>();
    for (String column : header) {
      if (!seen.add(column)) {
        problems.add(new RowProblem(1, column, "nama kolom muncul lebih dari sekali"));
      } else if (!required.contains(column) && !optional.contains(column)) {
        problems.add(new RowProblem(1, column.isEmpty() ? null : column, "kolom tidak dikenal"
            + (column.isEmpty() ? " (nama kolom kosong)" : "") + "; kolom yang diterima: "
            + String.join(",", required) + (optional.isEmpty() ? "" : "," + String.join(",", optional))));
      }
    }
    for (String column : required) {
      if (!seen.contains(column)) {
        problems.add(new RowProblem(1, column, "kolom wajib tidak ada di baris judul"));
      }
    }
    return problems.size() == before;
  }
}
