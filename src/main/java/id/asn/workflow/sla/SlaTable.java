package id.asn.workflow.sla;

import id.asn.workflow.sla.SlaReport.Pelanggaran;
import id.asn.workflow.sla.SlaReport.PerHari;
import id.asn.workflow.sla.SlaReport.PerPetugas;
import id.asn.workflow.sla.SlaReport.Ringkasan;
import id.asn.workflow.tabular.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report as one table (CSV, CSV with semicolons, XLSX): column {@code bagian} says which part a row belongs to
 * (RINGKASAN, KLAIM, PETUGAS, HARI, PELANGGARAN) and the other columns are blank where they do not apply. Counts and
 * durations are numbers, {@code tanggal} a date; times are ISO 8601 text in Jakarta time.
 */
final class SlaTable {

  public static final List<String> HEADER = List.of("bagian", "proses", "kegiatan", "petugas", "tanggal",
      "standarDetik", "standarHariKerja", "jumlah", "dalamStandar", "persenDalamStandar", "rataRataDetik", "p50Detik",
      "p90Detik", "p95Detik", "maksDetik", "taskId", "usulId", "instansi", "dibuat", "diklaim", "selesai",
      "durasiDetik", "lewatDetik", "terbuka");

  private SlaTable() {}

  public static Table of(SlaReport report) {
    Table table = new Table(HEADER);
    for (Ringkasan r : report.ringkasan()) {
      table.row(row("RINGKASAN", r.proses(), r.kegiatan(), null, null, r.standarDetik(), r.standarHariKerja(),
          r.jumlah(), r.dalamStandar(), r.persenDalamStandar(), r.rataRataDetik(), r.p50Detik(), r.p90Detik(),
          r.p95Detik(), r.maksDetik()));
      DurationStats k = r.klaimKeSelesai();
      table.row(row("KLAIM", r.proses(), r.kegiatan(), null, null, r.standarDetik(), r.standarHariKerja(),
          k.jumlah(), null, null, k.rataRataDetik(), k.p50Detik(), k.p90Detik(), k.p95Detik(), k.maksDetik()));
    }
    for (PerPetugas p : report.perPetugas()) {
      table.row(row("PETUGAS", p.proses(), p.kegiatan(), p.petugas(), null, null, null, p.jumlah(), p.dalamStandar(),
          p.persenDalamStandar(), p.rataRataDetik(), p.p50Detik(), p.p90Detik(), p.p95Detik(), p.maksDetik()));
    }
    for (PerHari h : report.perHari()) {
      table.row(row("HARI", h.proses(), h.kegiatan(), null, h.tanggal(), null, null, h.jumlah(), h.dalamStandar(),
          h.persenDalamStandar(), h.rataRataDetik()));
    }
    for (Pelanggaran b : report.pelanggaran()) {
      List<Object> cells = new ArrayList<>(Arrays.asList("PELANGGARAN", b.proses(), b.kegiatan(), b.petugas(),
          SlaZone.date(b.selesai() != null ? b.selesai() : b.batas())));
      while (cells.size() < HEADER.indexOf("taskId")) {
        cells.add(null);
      }
      cells.addAll(Arrays.asList(b.taskId(), b.usulId(), b.instansi(), time(b.dibuat()), time(b.diklaim()),
          time(b.selesai()), b.durasiDetik(), b.lewatDetik(), b.terbuka()));
      table.row(cells);
    }
    return table;
  }

  /** The cells given, then blank ones up to the width of the header. */
  private static List<Object> row(Object... cells) {
    List<Object> row = new ArrayList<>(Arrays.asList(cells));
    while (row.size() < HEADER.size()) {
      row.add(null);
    }
    return row;
  }

  private static String time(Instant instant) {
    return instant == null ? null : instant.atZone(SlaZone.JAKARTA).toOffsetDateTime().toString();
  }
}
