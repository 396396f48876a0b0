package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.AppTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** History written straight into the engine's tables is measured by the catch-up exactly as live completions. */
@AppTest
class SlaHistoryCatchUpTest {

  static final String PROSES = "ujiRiwayatSla";
  static final String KEGIATAN = "periksaBerkas";

  @Autowired JdbcClient jdbc;
  @Autowired SlaLedger ledger;
  @Autowired SlaReportService reports;
  @Autowired SlaStandardRepository standards;

  @Test
  void handMadeHistoryGivesTheKnownFigures() {
    standards.save(new SlaStandard(PROSES, KEGIATAN, "Periksa berkas (uji)", 300, null, 80), "uji", Instant.now());
    LocalDate day = LocalDate.of(2031, 3, 1);
    Expected expected = HandMadeScenario.write(new HandMadeHistory(jdbc), PROSES, KEGIATAN, day);

    assertThat(ledger.catchUpFromHistory()).isEqualTo(expected.completed());
    assertThat(ledger.catchUpFromHistory()).as("a second run finds nothing new").isZero();

    SlaReport report = reports.report(new SlaQuery(day, day, KEGIATAN, null, null), expected.now(), 50);
    HandMadeScenario.assertFigures(report, expected);
    HandMadeScenario.assertFigures(reports.report(new SlaQuery(day, day.plusDays(30), KEGIATAN, null, null),
        expected.now(), 50), expected);
    assertThat(jdbc.sql("select count(*) from sla_tugas where kegiatan = ? and simulasi = true").param(KEGIATAN)
        .query(Integer.class).single()).isZero();
  }

  record Expected(long completed, Instant now) {}

  /** The same hand-made history for H2 and PostgreSQL, and what its report must say. */
  static final class HandMadeScenario {

    static Expected write(HandMadeHistory history, String proses, String kegiatan, LocalDate day) {
      Instant nine = ZonedDateTime.of(day.atTime(9, 0), SlaZone.JAKARTA).toInstant();
      String usul = HandMadeHistory.id();
      history.usul(usul, "KabUji", nine);
      String instance = history.processInstance(proses, usul, nine);
      // five passes: 100, 200, 300 (exactly the standard: within), 400 and 1000 seconds
      int[] seconds = {100, 200, 300, 400, 1000};
      for (int i = 0; i < seconds.length; i++) {
        Instant created = nine.plusSeconds(3600L * i);
        history.task(instance, proses, kegiatan, "petugas" + (i % 2), created, created.plusSeconds(50),
            created.plusSeconds(seconds[i]), "completed");
      }
      // cancelled with its process: not a completion
      history.task(instance, proses, kegiatan, null, nine, null, nine.plusSeconds(30), "deleted");
      // open since 23:50 on the day: its standard ran out at 23:55, the report is made at 23:59
      Instant late = ZonedDateTime.of(day.atTime(23, 50), SlaZone.JAKARTA).toInstant();
      history.task(instance, proses, kegiatan, null, late, null, null, null);
      return new Expected(seconds.length, late.plusSeconds(540));
    }

    static void assertFigures(SlaReport report, Expected expected) {
      SlaReport.Ringkasan r = report.ringkasan().get(0);
      // durations 100, 200, 300, 400, 540 (open), 1000
      assertThat(Arrays.asList(r.jumlah(), r.dalamStandar(), r.persenDalamStandar(), r.p50Detik(), r.p90Detik(),
          r.p95Detik(), r.maksDetik(), r.terbukaMelewatiStandar(), r.targetPersen()))
          .containsExactly(6L, 3L, 50.0, 300L, 1000L, 1000L, 1000L, 1L, 80);
      assertThat(r.rataRataDetik()).isEqualTo(423.3);
      // each pass was claimed 50 s after creation; the last claim counts
      assertThat(r.klaimKeSelesai()).isEqualTo(new DurationStats(5, 350.0, 250L, 950L, 950L, 950L));
      assertThat(report.jumlahPelanggaran()).isEqualTo(3);
      assertThat(report.pelanggaran()).extracting(SlaReport.Pelanggaran::durasiDetik)
          .containsExactly(540L, 1000L, 400L);
      assertThat(report.pelanggaran().get(1).instansi()).isEqualTo("KabUji");
      assertThat(report.perPetugas()).extracting(SlaReport.PerPetugas::petugas)
          .containsExactly(SlaReportBuilder.TANPA_PETUGAS, "petugas0", "petugas1");
    }

    private HandMadeScenario() {}
  }
}
