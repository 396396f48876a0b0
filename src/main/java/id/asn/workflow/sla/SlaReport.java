package id.asn.workflow.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The SLA report of docs/api.md for a period of Jakarta dates: per standard, per officer, per day, and the
 * breaches. Durations are whole seconds from task creation to completion (open tasks past their standard: to
 * the moment of the report); {@code klaimKeSelesai} measures from the last claim to completion.
 */
record SlaReport(LocalDate dari, LocalDate sampai, String zonaWaktu, Instant dihitung,
    List<Ringkasan> ringkasan, List<PerPetugas> perPetugas, List<PerHari> perHari, List<Pelanggaran> pelanggaran,
    long jumlahPelanggaran) {

  /** One standard's figures. {@code terbukaMelewatiStandar}: open tasks past their standard, counted as breaches. */
  public record Ringkasan(String proses, String kegiatan, String nama, Integer standarDetik, Integer standarHariKerja,
      int targetPersen, long jumlah, long dalamStandar, Double persenDalamStandar, Double rataRataDetik, Long p50Detik,
      Long p90Detik, Long p95Detik, Long maksDetik, long terbukaMelewatiStandar, DurationStats klaimKeSelesai,
      List<Kelas> histogram) {}

  /** A histogram class of durations, {@code dariDetik <= d < sampaiDetik}; the last class has no upper bound. */
  public record Kelas(long dariDetik, Long sampaiDetik, long jumlah) {}

  public record PerPetugas(String proses, String kegiatan, String petugas, long jumlah, long dalamStandar,
      Double persenDalamStandar, Double rataRataDetik, Long p50Detik, Long p90Detik, Long p95Detik, Long maksDetik) {}

  public record PerHari(LocalDate tanggal, String proses, String kegiatan, long jumlah, long dalamStandar,
      Double persenDalamStandar, Double rataRataDetik) {}

  /** A pass that ended after its standard, or is still open past it ({@code terbuka}, no {@code selesai}). */
  public record Pelanggaran(String taskId, String proses, String kegiatan, String usulId, String instansi,
      String petugas, Instant dibuat, Instant diklaim, Instant selesai, Instant batas, long durasiDetik,
      long lewatDetik, boolean terbuka) {}
}
