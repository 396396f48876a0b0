package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.sla.SlaReport.Pelanggaran;
import id.asn.workflow.tabular.ExportFormat;
import id.asn.workflow.tabular.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaTableTest {

  @Test
  void theReportIsOneTableThatParsesBack() {
    SlaReportBuilder builder = new SlaReportBuilder(new SlaQuery(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31),
        null, null, null), Instant.parse("2025-02-01T00:00:00Z"),
        List.of(new SlaStandard("pertekNiCasn", "verifikasiUsul", "Verifikasi", 600, null, 90)));
    builder.addDurations("pertekNiCasn", "verifikasiUsul", "=cmd|' /C calc'!A0", 700, false, 1, 700_000);
    builder.addDay(LocalDate.of(2025, 1, 5), "pertekNiCasn", "verifikasiUsul", 1, 0, 700_000);
    builder.addCompletedBreach(new Pelanggaran("t1", "pertekNiCasn", "verifikasiUsul", "u,1", "Kab \"Batang\"",
        "=cmd|' /C calc'!A0", Instant.parse("2025-01-05T01:00:00Z"), null, Instant.parse("2025-01-05T01:11:40Z"),
        Instant.parse("2025-01-05T01:10:00Z"), 700, 100, false));

    List<List<String>> rows = parse(csv(SlaTable.of(builder.build(10))));

    assertThat(rows.get(0)).isEqualTo(SlaTable.HEADER);
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(SlaTable.HEADER.size()));
    assertThat(rows).extracting(r -> r.get(0)).containsExactly("bagian", "RINGKASAN", "KLAIM", "PETUGAS", "HARI",
        "PELANGGARAN");
    List<String> breach = rows.get(5);
    assertThat(breach.get(SlaTable.HEADER.indexOf("petugas"))).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(breach.get(SlaTable.HEADER.indexOf("usulId"))).isEqualTo("u,1");
    assertThat(breach.get(SlaTable.HEADER.indexOf("instansi"))).isEqualTo("Kab \"Batang\"");
    assertThat(breach.get(SlaTable.HEADER.indexOf("selesai"))).isEqualTo("2025-01-05T08:11:40+07:00");
    assertThat(breach.get(SlaTable.HEADER.indexOf("lewatDetik"))).isEqualTo("100");
    assertThat(rows.get(1).get(SlaTable.HEADER.indexOf("persenDalamStandar"))).isEqualTo("0.0");
    assertThat(rows.get(4).get(SlaTable.HEADER.indexOf("tanggal"))).isEqualTo("2025-01-05");
    assertThat(breach.get(SlaTable.HEADER.indexOf("terbuka"))).isEqualTo("false");
  }

  /** The table as the CSV export writes it, without its byte order mark. */
  static String csv(Table table) {
    String text = new String(ExportFormat.CSV.render("sla", table), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return text.substring(1);
  }

  /** A strict RFC 4180 reader: quoted cells with doubled quotes, CRLF line ends, no byte order mark. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    if (quoted || cell.length() > 0 || !row.isEmpty()) {
      throw new IllegalArgumentException("CSV does not end with a complete line");
    }
    return rows;
  }
}
