package id.asn.workflow.sla;

import id.asn.workflow.sla.SlaReport.Kelas;
import id.asn.workflow.sla.SlaReport.Pelanggaran;
import id.asn.workflow.sla.SlaReport.PerHari;
import id.asn.workflow.sla.SlaReport.PerPetugas;
import id.asn.workflow.sla.SlaReport.Ringkasan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Turns the grouped rows the database returns (and the open tasks) into the report: pure arithmetic, no I/O.
 * Completed passes arrive pre-grouped by officer and whole second; open tasks past their standard are added
 * here as breaches, with their running duration up to {@code now}, on the Jakarta day their standard ran out.
 */
final class SlaReportBuilder {

  /** Officer shown for a pass nobody was assigned to. */
  public static final String TANPA_PETUGAS = "(tanpa petugas)";
  private static final int HISTOGRAM_CLASSES = 12;

  private final SlaQuery query;
  private final Instant now;
  private final Map<String, SlaStandard> standards = new LinkedHashMap<>();
  private final Map<String, Figures> perStandard = new HashMap<>();
  private final Map<String, DurationHistogram> claims = new HashMap<>();
  private final Map<List<String>, Figures> perOfficer = new TreeMap<>(SlaReportBuilder::compareKeys);
  private final Map<DayKey, Figures> perDay = new TreeMap<>();
  private final Map<String, Long> openBreaches = new HashMap<>();
  private final List<Pelanggaran> completedBreaches = new ArrayList<>();
  private final List<Pelanggaran> openBreachList = new ArrayList<>();

  public SlaReportBuilder(SlaQuery query, Instant now, List<SlaStandard> standardList) {
    this.query = query;
    this.now = now;
    standardList.stream()
        .filter(s -> query.kegiatan() == null || query.kegiatan().equals(s.kegiatan()))
        .forEach(s -> standards.put(key(s.proses(), s.kegiatan()), s));
  }

  /** {@code count} completed passes of one officer lasting {@code seconds} whole seconds (exact sum {@code sumMs}). */
  public void addDurations(String proses, String kegiatan, String petugas, long seconds, boolean dalamStandar,
      long count, long sumMs) {
    String key = key(proses, kegiatan);
    if (!standards.containsKey(key)) {
      return;
    }
    perStandard.computeIfAbsent(key, k -> new Figures()).add(seconds, dalamStandar, count, sumMs);
    perOfficer.computeIfAbsent(List.of(proses, kegiatan, officer(petugas)), k -> new Figures())
        .add(seconds, dalamStandar, count, sumMs);
  }

  /** {@code count} completed passes whose time from the last claim to completion was {@code seconds}. */
  public void addClaims(String proses, String kegiatan, long seconds, long count, long sumMs) {
    String key = key(proses, kegiatan);
    if (standards.containsKey(key)) {
      claims.computeIfAbsent(key, k -> new DurationHistogram()).add(seconds, count, sumMs);
    }
  }

  /** The completed passes of one day (a Jakarta date) of one task. */
  public void addDay(LocalDate tanggal, String proses, String kegiatan, long count, long dalamStandar, long sumMs) {
    if (!standards.containsKey(key(proses, kegiatan))) {
      return;
    }
    Figures day = perDay.computeIfAbsent(new DayKey(tanggal, proses, kegiatan), k -> new Figures());
    day.jumlah += count;
    day.dalamStandar += dalamStandar;
    day.totalMs += sumMs;
  }

  /** One of the most recent completed breaches, for the list (the counts come from {@link #addDurations}). */
  public void addCompletedBreach(Pelanggaran breach) {
    completedBreaches.add(breach);
  }

  /** A task still open: a breach when its standard ran out before now, on a day inside the period. */
  public void addOpenTask(String taskId, String proses, String kegiatan, String usulId, String instansi,
      String petugas, Instant dibuat, Instant diklaim, Instant batas) {
    String key = key(proses, kegiatan);
    if (!standards.containsKey(key) || !batas.isBefore(now)) {
      return;
    }
    LocalDate day = SlaZone.date(batas);
    if (day.isBefore(query.dari()) || day.isAfter(query.sampai())) {
      return;
    }
    long ms = Duration.between(dibuat, now).toMillis();
    addDurations(proses, kegiatan, petugas, ms / 1000, false, 1, ms);
    addDay(day, proses, kegiatan, 1, 0, ms);
    openBreaches.merge(key, 1L, Long::sum);
    openBreachList.add(new Pelanggaran(taskId, proses, kegiatan, usulId, instansi, petugas, dibuat, diklaim, null,
        batas, ms / 1000, Duration.between(batas, now).toSeconds(), true));
  }

  /** The report; the breach list holds the open breaches first (oldest first), then the latest completed ones. */
  public SlaReport build(int breachLimit) {
    List<Ringkasan> ringkasan = new ArrayList<>();
    long breaches = 0;
    for (Map.Entry<String, SlaStandard> entry : standards.entrySet()) {
      SlaStandard s = entry.getValue();
      Figures f = perStandard.getOrDefault(entry.getKey(), new Figures());
      DurationStats stats = f.durations.stats();
      breaches += f.jumlah - f.dalamStandar;
      ringkasan.add(new Ringkasan(s.proses(), s.kegiatan(), s.nama(), s.standarDetik(), s.standarHariKerja(),
          s.targetPersen(), f.jumlah, f.dalamStandar, DurationHistogram.percent(f.dalamStandar, f.jumlah),
          stats.rataRataDetik(), stats.p50Detik(), stats.p90Detik(), stats.p95Detik(), stats.maksDetik(),
          openBreaches.getOrDefault(entry.getKey(), 0L),
          claims.getOrDefault(entry.getKey(), new DurationHistogram()).stats(), histogram(s, f.durations)));
    }
    List<PerPetugas> officers = new ArrayList<>();
    perOfficer.forEach((k, f) -> {
      DurationStats stats = f.durations.stats();
      officers.add(new PerPetugas(k.get(0), k.get(1), k.get(2), f.jumlah, f.dalamStandar,
          DurationHistogram.percent(f.dalamStandar, f.jumlah), stats.rataRataDetik(), stats.p50Detik(),
          stats.p90Detik(), stats.p95Detik(), stats.maksDetik()));
    });
    List<PerHari> days = new ArrayList<>();
    perDay.forEach((k, f) -> days.add(new PerHari(k.tanggal(), k.proses(), k.kegiatan(), f.jumlah, f.dalamStandar,
        DurationHistogram.percent(f.dalamStandar, f.jumlah),
        f.jumlah == 0 ? null : Math.round(f.totalMs / (double) f.jumlah / 100.0) / 10.0)));

    List<Pelanggaran> list = new ArrayList<>(openBreachList);
    list.sort(Comparator.comparing(Pelanggaran::batas));
    completedBreaches.sort(Comparator.comparing(Pelanggaran::selesai).reversed());
    list.addAll(completedBreaches);
    return new SlaReport(query.dari(), query.sampai(), SlaZone.JAKARTA.getId(), now, ringkasan, officers, days,
        List.copyOf(list.subList(0, Math.min(breachLimit, list.size()))), breaches);
  }

  /**
   * Classes of equal width up to three times a duration standard (width a tenth of it, so the standard is a
   * class boundary), then one open class; for a working-day standard, twelve classes over the measured range.
   */
  static List<Kelas> histogram(SlaStandard standard, DurationHistogram durations) {
    NavigableMap<Long, Long> counts = durations.counts();
    long width;
    int classes;
    if (standard.inSeconds()) {
      width = Math.max(1, standard.standarDetik() / 10);
      classes = (int) Math.min(30, Math.max(1, 3L * standard.standarDetik() / width));
    } else if (counts.isEmpty()) {
      return List.of();
    } else {
      width = Math.max(1, (counts.lastKey() + HISTOGRAM_CLASSES) / HISTOGRAM_CLASSES);
      classes = HISTOGRAM_CLASSES;
    }
    long[] bins = new long[classes + 1];
    counts.forEach((seconds, count) -> bins[(int) Math.min(classes, seconds / width)] += count);
    List<Kelas> result = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      result.add(new Kelas(i * width, (i + 1) * width, bins[i]));
    }
    result.add(new Kelas(classes * width, null, bins[classes]));
    return result;
  }

  private static String officer(String petugas) {
    return petugas == null ? TANPA_PETUGAS : petugas;
  }

  private static String key(String proses, String kegiatan) {
    return proses + "/" + kegiatan;
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private record DayKey(LocalDate tanggal, String proses, String kegiatan) implements Comparable<DayKey> {
    @Override
    public int compareTo(DayKey o) {
      return Comparator.comparing(DayKey::tanggal).thenComparing(DayKey::proses).thenComparing(DayKey::kegiatan)
          .compare(this, o);
    }
  }

  private static final class Figures {
    final DurationHistogram durations = new DurationHistogram();
    long jumlah;
    long dalamStandar;
    long totalMs;

    void add(long seconds, boolean within, long count, long sumMs) {
      durations.add(seconds, count, sumMs);
      jumlah += count;
      dalamStandar += within ? count : 0;
      totalMs += sumMs;
    }
  }
}
