package id.asn.workflow.sla;

import static id.asn.workflow.pertek.PertekProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.asn.workflow.sla.SlaReport.Ringkasan;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.engine.PertekFixtures;
import id.asn.workflow.engine.PertekFixtures.Candidate;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The report's figures on history the real process made, with known times (the engine's clock set by hand)
 * around midnight in Jakarta on 31 January 2030: claims, a return by the signer (two passes of each task),
 * a signing that crosses midnight, and a verification left open past its standard.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaMeasurementTest {

  private static final LocalDate JAN_31 = LocalDate.of(2030, 1, 31);
  private static final LocalDate FEB_1 = LocalDate.of(2030, 2, 1);
  private static final Instant NOW = at(FEB_1, 0, 30, 0);

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired TestRestTemplate rest;
  @Autowired SlaReportService reports;
  @Autowired MeterRegistry meters;

  private String usulBatang;
  private String usulPekalongan;

  private static Instant at(LocalDate day, int hour, int minute, int second) {
    return ZonedDateTime.of(day.atTime(hour, minute, second), SlaZone.JAKARTA).toInstant();
  }

  private static void clock(LocalDate day, int hour, int minute, int second) {
    ClockUtil.setCurrentTime(Date.from(at(day, hour, minute, second)));
  }

  @BeforeAll
  void workTwoUsulAroundMidnight() {
    try {
      clock(JAN_31, 23, 40, 0);
      usulBatang = PertekFixtures.submit(rest, Candidate.pns(), "operatorbatang");
      ProcessInstance batang = instance(usulBatang);
      runJob(batang, STEP_PEMERIKSAAN_AWAL);

      clock(JAN_31, 23, 42, 0);
      claim("pemroses1", batang, TASK_VERIFIKASI);
      clock(JAN_31, 23, 47, 0);
      complete("pemroses1", batang, TASK_VERIFIKASI, Map.of(VAR_HASIL_VERIFIKASI, "MS"));   // 420 s, claim 300 s
      runJob(batang, STEP_TETAPKAN_NOMOR);

      clock(JAN_31, 23, 58, 0);
      claim("penandatangan1", batang, TASK_TANDA_TANGAN);
      clock(FEB_1, 0, 1, 0);
      complete("penandatangan1", batang, TASK_TANDA_TANGAN,
          Map.of(VAR_KEPUTUSAN, "KEMBALIKAN", VAR_CATATAN, "Jabatan pada konsep keliru"));      // 840 s, claim 180 s

      clock(FEB_1, 0, 2, 0);
      claim("pemroses2", batang, TASK_VERIFIKASI);
      clock(FEB_1, 0, 5, 0);
      complete("pemroses2", batang, TASK_VERIFIKASI, Map.of(VAR_HASIL_VERIFIKASI, "MS"));   // 240 s, claim 180 s
      runJob(batang, STEP_TETAPKAN_NOMOR);

      clock(FEB_1, 0, 5, 30);
      claim("penandatangan2", batang, TASK_TANDA_TANGAN);
      clock(FEB_1, 0, 6, 0);
      complete("penandatangan2", batang, TASK_TANDA_TANGAN, Map.of(VAR_KEPUTUSAN, "SETUJU")); // 60 s, claim 30 s
      runJob(batang, STEP_TANDA_TANGANI);

      // waits unclaimed from 00:10: past its 10 minutes at 00:20, open for 20 minutes at 00:30
      clock(FEB_1, 0, 10, 0);
      usulPekalongan = PertekFixtures.submit(rest, Candidate.pns(), "operatorpekalongan");
      runJob(instance(usulPekalongan), STEP_PEMERIKSAAN_AWAL);
    } finally {
      ClockUtil.reset();
    }
  }

  @AfterAll
  void reset() {
    ClockUtil.reset();
  }

  private ProcessInstance instance(String usulId) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(usulId).singleResult();
  }

  private void runJob(ProcessInstance instance, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    managementService.executeJob(job.getId());
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private void claim(String user, ProcessInstance instance, String key) {
    as(user, () -> taskService.claim(task(instance, key).getId(), user));
  }

  private void complete(String user, ProcessInstance instance, String key, Map<String, Object> variables) {
    as(user, () -> taskService.complete(task(instance, key).getId(), variables));
  }

  private void as(String user, Runnable action) {
    identityService.setAuthentication(user,
        identityService.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList());
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private SlaReport report(LocalDate dari, LocalDate sampai, String kegiatan, String petugas, String instansi) {
    return reports.report(new SlaQuery(dari, sampai, kegiatan, petugas, instansi), NOW, 100);
  }

  private static Ringkasan figures(SlaReport report, String kegiatan) {
    return report.ringkasan().stream().filter(r -> r.kegiatan().equals(kegiatan)).findFirst().orElseThrow();
  }

  @Test
  void eachPassIsMeasuredFromCreationAndFromTheLastClaim() {
    SlaReport report = report(JAN_31, FEB_1, null, null, null);

    Ringkasan verifikasi = figures(report, TASK_VERIFIKASI);
    // 420 s and 240 s completed, 1200 s open past the standard
    assertThat(Arrays.asList(verifikasi.standarDetik(), verifikasi.jumlah(), verifikasi.dalamStandar(),
        verifikasi.persenDalamStandar(), verifikasi.rataRataDetik(), verifikasi.p50Detik(), verifikasi.p90Detik(),
        verifikasi.p95Detik(), verifikasi.maksDetik(), verifikasi.terbukaMelewatiStandar()))
        .containsExactly(600, 3L, 2L, 66.7, 620.0, 420L, 1200L, 1200L, 1200L, 1L);
    assertThat(verifikasi.klaimKeSelesai()).isEqualTo(new DurationStats(2, 240.0, 180L, 300L, 300L, 300L));

    Ringkasan tandaTangan = figures(report, TASK_TANDA_TANGAN);
    // returned at 840 s (past 2 minutes), then approved in 60 s
    assertThat(Arrays.asList(tandaTangan.standarDetik(), tandaTangan.jumlah(), tandaTangan.dalamStandar(),
        tandaTangan.persenDalamStandar(), tandaTangan.rataRataDetik(), tandaTangan.p50Detik(), tandaTangan.p90Detik(),
        tandaTangan.maksDetik(), tandaTangan.terbukaMelewatiStandar()))
        .containsExactly(120, 2L, 1L, 50.0, 450.0, 60L, 840L, 840L, 0L);
    assertThat(tandaTangan.klaimKeSelesai()).isEqualTo(new DurationStats(2, 105.0, 30L, 180L, 180L, 180L));

    assertThat(report.jumlahPelanggaran()).isEqualTo(2);
    assertThat(report.pelanggaran()).extracting(SlaReport.Pelanggaran::kegiatan, SlaReport.Pelanggaran::usulId,
            SlaReport.Pelanggaran::petugas, SlaReport.Pelanggaran::durasiDetik, SlaReport.Pelanggaran::terbuka)
        .containsExactly(tuple(TASK_VERIFIKASI, usulPekalongan, null, 1200L, true),
            tuple(TASK_TANDA_TANGAN, usulBatang, "penandatangan1", 840L, false));
    assertThat(report.pelanggaran().get(1).instansi()).isEqualTo("KabBatang");
  }

  @Test
  void aPassCountsOnTheJakartaDayItEnded() {
    SlaReport report = report(JAN_31, FEB_1, null, null, null);
    assertThat(report.perHari()).extracting(SlaReport.PerHari::tanggal, SlaReport.PerHari::kegiatan,
            SlaReport.PerHari::jumlah, SlaReport.PerHari::dalamStandar)
        .containsExactly(tuple(JAN_31, TASK_VERIFIKASI, 1L, 1L),
            tuple(FEB_1, TASK_TANDA_TANGAN, 2L, 1L),
            tuple(FEB_1, TASK_VERIFIKASI, 2L, 1L));

    // the signing that began on 31 January and ended after midnight belongs to 1 February only
    SlaReport january = report(JAN_31, JAN_31, null, null, null);
    assertThat(figures(january, TASK_TANDA_TANGAN).jumlah()).isZero();
    assertThat(figures(january, TASK_VERIFIKASI).jumlah()).isOne();
    assertThat(figures(report(FEB_1, FEB_1, null, null, null), TASK_TANDA_TANGAN).jumlah()).isEqualTo(2);
  }

  @Test
  void officersAreReportedSeparatelyAndFiltersNarrowEverything() {
    SlaReport report = report(JAN_31, FEB_1, null, null, null);
    assertThat(report.perPetugas()).extracting(SlaReport.PerPetugas::kegiatan, SlaReport.PerPetugas::petugas,
            SlaReport.PerPetugas::jumlah, SlaReport.PerPetugas::maksDetik)
        .containsExactly(tuple(TASK_TANDA_TANGAN, "penandatangan1", 1L, 840L),
            tuple(TASK_TANDA_TANGAN, "penandatangan2", 1L, 60L),
            tuple(TASK_VERIFIKASI, SlaReportBuilder.TANPA_PETUGAS, 1L, 1200L),
            tuple(TASK_VERIFIKASI, "pemroses1", 1L, 420L),
            tuple(TASK_VERIFIKASI, "pemroses2", 1L, 240L));

    SlaReport pekalongan = report(JAN_31, FEB_1, null, null, "KabPekalongan");
    assertThat(figures(pekalongan, TASK_VERIFIKASI).jumlah()).isOne();
    assertThat(figures(pekalongan, TASK_TANDA_TANGAN).jumlah()).isZero();

    SlaReport pemroses1 = report(JAN_31, FEB_1, TASK_VERIFIKASI, "pemroses1", null);
    assertThat(pemroses1.ringkasan()).singleElement().satisfies(r -> assertThat(r.jumlah()).isOne());
  }

  @Test
  void wholeMonthsReadFromTheRollupsGiveTheSameFiguresAsPassByPass() {
    SlaReport days = report(JAN_31, FEB_1, null, null, null);
    SlaReport months = report(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 2, 28), null, null, null);
    assertThat(months.ringkasan()).isEqualTo(days.ringkasan());
    assertThat(months.perPetugas()).isEqualTo(days.perPetugas());
    assertThat(months.perHari()).isEqualTo(days.perHari());
    assertThat(months.pelanggaran()).isEqualTo(days.pelanggaran());
    SlaReport pemroses2 = report(LocalDate.of(2030, 2, 1), LocalDate.of(2030, 2, 28), TASK_VERIFIKASI, "pemroses2", null);
    assertThat(pemroses2.ringkasan().get(0).maksDetik()).isEqualTo(240L);
  }

  @Test
  void theLiveTimerHasItsBucketAtTheTasksStandard() {
    Timer timer = meters.find(SlaMetrics.TIMER).tag("kegiatan", TASK_TANDA_TANGAN).timer();
    assertThat(timer).isNotNull();
    assertThat(timer.count()).isGreaterThanOrEqualTo(2);
    List<Double> buckets = Arrays.stream(timer.takeSnapshot().histogramCounts())
        .map(CountAtBucket::bucket).toList();
    assertThat(buckets).contains(120e9).doesNotContain(600e9);
  }
}
