package id.asn.workflow.sla;

import id.asn.workflow.sla.SlaReport.Pelanggaran;
import id.asn.workflow.sla.SlaReport.PerHari;
import id.asn.workflow.sla.SlaReport.PerPetugas;
import id.asn.workflow.sla.SlaReport.Ringkasan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report as one CSV table (RFC 4180, comma, header row): column {@code bagian} says which part a row
 * belongs to (RINGKASAN, KLAIM, PETUGAS, HARI, PELANGGARAN) and the other columns are blank where they do not
 * apply. Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading
 * apostrophe; times are ISO 8601 in Jakarta time.
 */
final class SlaCsv {

  public static final List<String> HEADER = List.of("bagian", "proses", "kegiatan", "petugas", "tanggal",
      "standarDetik", "standarHariKerja", "jumlah", "dalamStandar", "persenDalamStandar", "rataRataDetik", "p50Detik",
      "p90Detik", "p95Detik", "maksDetik", "taskId", "usulId", "instansi", "dibuat", "diklaim", "selesai",
      "durasiDetik", "lewatDetik", "terbuka");

  private SlaCsv() {}

  public static String write(SlaReport report) {
    StringBuilder out = new StringBuilder();
    line(out, new ArrayList<>(HEADER));
    for (Ringkasan r : report.ringkasan()) {
      line(out, row("RINGKASAN", r.proses(), r.kegiatan(), null, null, r.standarDetik(), r.standarHariKerja(),
          r.jumlah(), r.dalamStandar(), r.persenDalamStandar(), r.rataRataDetik(), r.p50Detik(), r.p90Detik(),
          r.p95Detik(), r.maksDetik()));
      DurationStats k = r.klaimKeSelesai();
      line(out, row("KLAIM", r.proses(), r.kegiatan(), null, null, r.standarDetik(), r.standarHariKerja(),
          k.jumlah(), null, null, k.rataRataDetik(), k.p50Detik(), k.p90Detik(), k.p95Detik(), k.maksDetik()));
    }
    for (PerPetugas p : report.perPetugas()) {
      line(out, row("PETUGAS", p.proses(), p.kegiatan(), p.petugas(), null, null, null, p.jumlah(), p.dalamStandar(),
          p.persenDalamStandar(), p.rataRataDetik(), p.p50Detik(), p.p90Detik(), p.p95Detik(), p.maksDetik()));
    }
    for (PerHari h : report.perHari()) {
      line(out, row("HARI", h.proses(), h.kegiatan(), null, h.tanggal(), null, null, h.jumlah(), h.dalamStandar(),
          h.persenDalamStandar(), h.rataRataDetik(), null, null, null, null));
    }
    for (Pelanggaran b : report.pelanggaran()) {
      List<Object> cells = row("PELANGGARAN", b.proses(), b.kegiatan(), b.petugas(),
          SlaZone.date(b.selesai() != null ? b.selesai() : b.batas()), null, null, null, null, null, null, null, null,
          null, null);
      cells.addAll(Arrays.asList(b.taskId(), b.usulId(), b.instansi(), time(b.dibuat()), time(b.diklaim()),
          time(b.selesai()), b.durasiDetik(), b.lewatDetik(), b.terbuka()));
      line(out, cells);
    }
    return out.toString();
  }

  private static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  private static String time(Instant instant) {
    return instant == null ? null : instant.atZone(SlaZone.JAKARTA).toOffsetDateTime().toString();
  }

  private static void line(StringBuilder out, List<Object> cells) {
    while (cells.size() < HEADER.size()) {
      cells.add(null);
    }
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** One cell: numbers as they are, text neutralised against formulas and quoted when it must be. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
