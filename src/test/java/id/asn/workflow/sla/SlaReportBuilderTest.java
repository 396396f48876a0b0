package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.sla.SlaReport.Kelas;
import id.asn.workflow.sla.SlaReport.Ringkasan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaReportBuilderTest {

  private static final SlaStandard VERIFIKASI = new SlaStandard("pertekNiCasn", "verifikasiUsul", "Verifikasi", 600,
      null, 90);
  private static final SlaStandard TANDA_TANGAN = new SlaStandard("pertekNiCasn", "tandaTanganPertek", "Tanda tangan",
      120, null, 90);
  private static final SlaQuery JANUARY = new SlaQuery(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), null,
      null, null);

  private static Instant jakarta(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2025, month, day, hour, minute, 0, 0, SlaZone.JAKARTA).toInstant();
  }

  @Test
  void figuresPerStandardAndPerOfficerComeFromTheGroupedRows() {
    SlaReportBuilder builder = new SlaReportBuilder(JANUARY, jakarta(2, 1, 12, 0), List.of(VERIFIKASI, TANDA_TANGAN));
    builder.addDurations("pertekNiCasn", "verifikasiUsul", "pemroses1", 300, true, 2, 600_000);
    builder.addDurations("pertekNiCasn", "verifikasiUsul", "pemroses2", 500, true, 1, 500_000);
    builder.addDurations("pertekNiCasn", "verifikasiUsul", "pemroses2", 900, false, 1, 900_000);
    builder.addClaims("pertekNiCasn", "verifikasiUsul", 200, 4, 800_000);

    SlaReport report = builder.build(10);

    Ringkasan v = report.ringkasan().get(0);
    assertThat(v.kegiatan()).isEqualTo("verifikasiUsul");
    assertThat(List.of(v.jumlah(), v.dalamStandar())).containsExactly(4L, 3L);
    assertThat(v.persenDalamStandar()).isEqualTo(75.0);
    assertThat(v.rataRataDetik()).isEqualTo(500.0);
    assertThat(List.of(v.p50Detik(), v.p90Detik(), v.p95Detik(), v.maksDetik())).containsExactly(300L, 900L, 900L, 900L);
    assertThat(v.klaimKeSelesai()).isEqualTo(new DurationStats(4, 200.0, 200L, 200L, 200L, 200L));
    assertThat(report.ringkasan().get(1).jumlah()).isZero();
    assertThat(report.ringkasan().get(1).persenDalamStandar()).isNull();
    assertThat(report.jumlahPelanggaran()).isOne();
    assertThat(report.perPetugas()).extracting(SlaReport.PerPetugas::petugas, SlaReport.PerPetugas::jumlah,
        SlaReport.PerPetugas::persenDalamStandar)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("pemroses1", 2L, 100.0),
            org.assertj.core.groups.Tuple.tuple("pemroses2", 2L, 50.0));
  }

  @Test
  void anOpenTaskPastItsStandardIsABreachOnTheDayItsStandardRanOut() {
    Instant now = jakarta(2, 1, 0, 30);
    SlaReportBuilder builder = new SlaReportBuilder(JANUARY, now, List.of(VERIFIKASI, TANDA_TANGAN));
    // created 23:55 on 31 January: its 10 minutes ran out at 00:05 on 1 February, outside January
    builder.addOpenTask("t1", "pertekNiCasn", "verifikasiUsul", "u1", "KabBatang", null, jakarta(1, 31, 23, 55), null,
        jakarta(2, 1, 0, 5));
    // created 23:40: ran out at 23:50 on 31 January, open for 50 minutes at the time of the report
    builder.addOpenTask("t2", "pertekNiCasn", "verifikasiUsul", "u2", "KabBatang", "pemroses1",
        jakarta(1, 31, 23, 40), jakarta(1, 31, 23, 45), jakarta(1, 31, 23, 50));
    // still within its standard
    builder.addOpenTask("t3", "pertekNiCasn", "tandaTanganPertek", "u3", "KabBatang", null, jakarta(2, 1, 0, 29),
        null, jakarta(2, 1, 0, 31));

    SlaReport report = builder.build(10);

    Ringkasan v = report.ringkasan().get(0);
    assertThat(List.of(v.jumlah(), v.dalamStandar(), v.terbukaMelewatiStandar())).containsExactly(1L, 0L, 1L);
    assertThat(v.maksDetik()).isEqualTo(50 * 60);
    assertThat(report.perHari()).singleElement().satisfies(day -> {
      assertThat(day.tanggal()).isEqualTo(LocalDate.of(2025, 1, 31));
      assertThat(day.persenDalamStandar()).isEqualTo(0.0);
    });
    assertThat(report.pelanggaran()).singleElement().satisfies(b -> {
      assertThat(b.taskId()).isEqualTo("t2");
      assertThat(b.terbuka()).isTrue();
      assertThat(b.lewatDetik()).isEqualTo(40 * 60);
      assertThat(b.selesai()).isNull();
    });
    assertThat(report.jumlahPelanggaran()).isOne();
  }

  @Test
  void daysAreReportedInDateOrderWithTheirShareWithinStandard() {
    SlaReportBuilder builder = new SlaReportBuilder(JANUARY, jakarta(2, 1, 0, 0), List.of(VERIFIKASI));
    builder.addDay(LocalDate.of(2025, 1, 2), "pertekNiCasn", "verifikasiUsul", 3, 2, 900_000);
    builder.addDay(LocalDate.of(2025, 1, 1), "pertekNiCasn", "verifikasiUsul", 4, 4, 1_000_000);
    assertThat(builder.build(0).perHari()).extracting(SlaReport.PerHari::tanggal, SlaReport.PerHari::persenDalamStandar,
        SlaReport.PerHari::rataRataDetik)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 1, 1), 100.0, 250.0),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 1, 2), 66.7, 300.0));
  }

  @Test
  void theHistogramHasTheStandardAsAClassBoundary() {
    DurationHistogram durations = new DurationHistogram();
    durations.add(59, 1, 59_000);
    durations.add(600, 2, 1_200_000);
    durations.add(5000, 1, 5_000_000);
    List<Kelas> classes = SlaReportBuilder.histogram(VERIFIKASI, durations);
    assertThat(classes).hasSize(31);
    assertThat(classes.get(0)).isEqualTo(new Kelas(0, 60L, 1));
    assertThat(classes.get(10)).isEqualTo(new Kelas(600, 660L, 2));
    assertThat(classes.get(30)).isEqualTo(new Kelas(1800, null, 1));
  }

  @Test
  void aFilterOnTheTaskLeavesOnlyItsStandard() {
    SlaQuery signingOnly = new SlaQuery(JANUARY.dari(), JANUARY.sampai(), "tandaTanganPertek", null, null);
    SlaReport report = new SlaReportBuilder(signingOnly, Instant.EPOCH, List.of(VERIFIKASI, TANDA_TANGAN)).build(0);
    assertThat(report.ringkasan()).extracting(Ringkasan::kegiatan).containsExactly("tandaTanganPertek");
  }
}
