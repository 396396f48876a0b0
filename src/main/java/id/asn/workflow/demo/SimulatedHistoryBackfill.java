package id.asn.workflow.demo;

import id.asn.workflow.demo.SimulatedOfficers.Decision;
import id.asn.workflow.demo.SimulatedOfficers.Plan;
import id.asn.workflow.sla.MeasuredTask;
import id.asn.workflow.sla.SlaLedger;
import id.asn.workflow.sla.SlaStandardRepository;
import id.asn.workflow.sla.SlaZone;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo and benchmark only (profile {@code demo}): fills days of past Pertek history quickly by writing the
 * engine's history rows directly (ACT_HI_PROCINST, ACT_HI_TASKINST, ACT_HI_IDENTITYLINK for the claims) and the
 * usul they belong to, then measures them through {@link SlaLedger#catchUpFromHistory()} like any history.
 * Every row it writes is marked as simulated: ids start with {@code sim-} (usul, process instances, tasks)
 * and {@code sla_tugas.simulasi} is true. Usul arrive on weekdays between 07:30 and 16:00 Jakarta time and are
 * worked by {@link SimulatedOfficers}. At start it runs when {@code app.simulator.enabled=true} and
 * {@code app.simulator.riwayat-hari} is above zero, once (not again while simulated history exists).
 */
@Component
@Profile("demo")
@Order(20)
public class SimulatedHistoryBackfill implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SimulatedHistoryBackfill.class);
  private static final String PROSES = "pertekNiCasn";
  private static final String VERIFIKASI = "verifikasiUsul";
  private static final String TANDA_TANGAN = "tandaTanganPertek";
  private static final String[] INSTANSI = {"KabBatang", "KabPekalongan", "KotaPekalongan", "KabPemalang",
      "KabKendal"};
  private static final int BATCH = 2000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final SlaLedger ledger;
  private final SlaStandardRepository standards;
  private final boolean enabled;
  private final int days;
  private final int tasksPerDay;
  private final Clock clock;

  SimulatedHistoryBackfill(JdbcTemplate jdbc, TransactionTemplate transactions, SlaLedger ledger,
      SlaStandardRepository standards, @Value("${app.simulator.enabled:false}") boolean enabled,
      @Value("${app.simulator.riwayat-hari:0}") int days,
      @Value("${app.simulator.riwayat-tugas-per-hari:200}") int tasksPerDay, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.ledger = ledger;
    this.standards = standards;
    this.enabled = enabled;
    this.days = days;
    this.tasksPerDay = tasksPerDay;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || days <= 0) {
      return;
    }
    Integer existing = jdbc.queryForObject("select count(*) from sla_tugas where simulasi = true", Integer.class);
    if (existing != null && existing > 0) {
      log.info("Simulator: riwayat simulasi sudah ada ({} tugas), tidak diisi lagi", existing);
      return;
    }
    try {
      fill(SlaZone.date(Instant.now(clock)).minusDays(1), days, tasksPerDay);
    } catch (IllegalStateException e) {
      log.warn("Simulator: {}", e.getMessage());
    }
  }

  /**
   * Writes about {@code tasksPerDay} completed task passes for each weekday of the {@code days} days ending on
   * {@code lastDay} (Jakarta dates), then measures them. Returns the number of task passes written.
   */
  public long fill(LocalDate lastDay, int days, int tasksPerDay) {
    long started = System.nanoTime();
    int verificationStandard = SimulatedStandards.seconds(standards, PROSES, VERIFIKASI);
    int signingStandard = SimulatedStandards.seconds(standards, PROSES, TANDA_TANGAN);
    String definition = jdbc.query("select id_ from act_re_procdef where key_ = ? order by version_ desc",
        rs -> rs.next() ? rs.getString(1) : PROSES + ":0:sim", PROSES);
    SplittableRandom random = new SplittableRandom(lastDay.toEpochDay() * 31 + days);
    Rows rows = new Rows();
    long tasks = 0;
    for (LocalDate day = lastDay.minusDays(days - 1L); !day.isAfter(lastDay); day = day.plusDays(1)) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      Instant open = SlaZone.startOf(day).plusSeconds(7 * 3600 + 1800);
      long officeSeconds = 8 * 3600 + 1800;
      int today = 0;
      while (today < tasksPerDay) {
        Instant arrival = open.plusSeconds(random.nextLong(officeSeconds));
        today += usul(rows, random, definition, arrival, verificationStandard, signingStandard);
        if (rows.tasks.size() >= BATCH) {
          rows.flush();
        }
      }
      tasks += today;
    }
    rows.flush();
    long measured = ledger.catchUpFromHistory();
    log.info("Simulator: {} tugas riwayat simulasi untuk {} hari ditulis dan {} diukur dalam {} detik", tasks, days,
        measured, (System.nanoTime() - started) / 1_000_000_000);
    return tasks;
  }

  /** One usul from arrival to its end: verification, then (MS) signing, again after a return. */
  private int usul(Rows rows, SplittableRandom random, String definition, Instant arrival, int verificationStandard,
      int signingStandard) {
    String usulId = simulatedId();
    String instance = simulatedId();
    String instansi = INSTANSI[random.nextInt(INSTANSI.length)];
    Instant at = arrival.plusSeconds(2);
    int passes = 0;
    End end = End.TERBIT;
    for (int round = 0; round < 3; round++) {
      String verification = simulatedId();
      Plan v = SimulatedOfficers.verification(verification, verificationStandard);
      rows.task(verification, VERIFIKASI, definition, instance, v, at);
      passes++;
      at = at.plusSeconds(v.totalSeconds());
      if (v.decision() != Decision.MS) {
        // the demo history keeps it simple: a BTS usul (all PNS) is one the instansi withdrew instead of correcting
        end = v.decision() == Decision.TMS ? End.DITOLAK : End.DITARIK;
        break;
      }
      at = at.plusSeconds(5);
      String signing = simulatedId();
      Plan s = SimulatedOfficers.signing(signing, signingStandard);
      rows.task(signing, TANDA_TANGAN, definition, instance, s, at);
      passes++;
      at = at.plusSeconds(s.totalSeconds());
      if (s.decision() == Decision.SETUJU || round == 2) {
        break;
      }
    }
    rows.usul.add(new Object[] {usulId, instansi, usulId.substring(4, 18), end.status, ts(arrival), ts(at)});
    rows.instances.add(new Object[] {instance, instance, usulId, PROSES, definition, ts(arrival), ts(at),
        at.toEpochMilli() - arrival.toEpochMilli(), instance, "StartEvent_UsulDiterima", end.activity});
    return passes;
  }

  /** How a simulated usul ends: its status and the end event of its instance. */
  private enum End {
    TERBIT("SELESAI", "EndEvent_PertekTerbit"),
    DITOLAK("DITOLAK", "EndEvent_UsulDitolak"),
    DITARIK("DITARIK", "EndEvent_UsulDitarik");

    final String status;
    final String activity;

    End(String status, String activity) {
      this.status = status;
      this.activity = activity;
    }
  }

  private static String simulatedId() {
    return MeasuredTask.SIMULATED_PREFIX + UUID.randomUUID().toString().replace("-", "");
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  /** Rows waiting to be written, flushed in one transaction per batch. */
  private final class Rows {
    final List<Object[]> usul = new ArrayList<>();
    final List<Object[]> instances = new ArrayList<>();
    final List<Object[]> tasks = new ArrayList<>();
    final List<Object[]> claims = new ArrayList<>();

    void task(String id, String kegiatan, String definition, String instance, Plan plan, Instant created) {
      Instant claimed = created.plusSeconds(plan.pickupSeconds());
      Instant ended = created.plusSeconds(plan.totalSeconds());
      tasks.add(new Object[] {id, kegiatan, PROSES, definition, instance, instance, instance, kegiatan,
          plan.officer(), ts(created), ts(ended), plan.totalSeconds() * 1000});
      claims.add(new Object[] {simulatedId(), ts(claimed), plan.officer(), id, instance, definition, PROSES});
    }

    void flush() {
      transactions.executeWithoutResult(status -> {
        jdbc.batchUpdate("""
            insert into usul_ni (id, instansi, jenis_asn, nomor_peserta, nik, nama, tempat_lahir, tanggal_lahir,
              jenis_kelamin, pendidikan, jabatan, unit_kerja, tmt, agama, status, dibuat, diperbarui)
            values (?, ?, 'PNS', ?, '3325015705980001', 'Peserta Simulasi', 'Batang', DATE '1998-05-17', 'P', 'S1',
              'Analis Kebijakan Ahli Pertama', 'Badan Perencanaan Pembangunan Daerah', DATE '2025-06-01', 'ISLAM',
              ?, ?, ?)""", usul);
        jdbc.batchUpdate("""
            insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
              end_time_, duration_, root_proc_inst_id_, start_act_id_, end_act_id_, state_)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'COMPLETED')""", instances);
        jdbc.batchUpdate("""
            insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, proc_inst_id_, execution_id_,
              root_proc_inst_id_, act_inst_id_, assignee_, start_time_, end_time_, duration_, delete_reason_,
              priority_, task_state_)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'completed', 50, 'Completed')""", tasks);
        jdbc.batchUpdate("""
            insert into act_hi_identitylink (id_, timestamp_, type_, user_id_, task_id_, root_proc_inst_id_,
              proc_def_id_, proc_def_key_, operation_type_)
            values (?, ?, 'assignee', ?, ?, ?, ?, ?, 'add')""", claims);
      });
      usul.clear();
      instances.clear();
      tasks.clear();
      claims.clear();
    }
  }
}
