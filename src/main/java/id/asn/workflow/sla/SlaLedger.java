package id.asn.workflow.sla;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code sla_tugas}: one row per completed pass of a task that has a standard, measured from the engine's
 * history. A completing task is recorded in the engine's own transaction (a refused completion records
 * nothing); history written before this table existed, or written directly (the simulator's backfill), is
 * brought in by {@link #catchUpFromHistory()}.
 */
@Service
public class SlaLedger {

  private static final Logger log = LoggerFactory.getLogger(SlaLedger.class);
  private static final int CHUNK = 5000;

  /** The last claim of a task: Camunda logs each claim as an "add" of the assignee link (history level full). */
  static final String LAST_CLAIM = """
      (select max(l.timestamp_) from act_hi_identitylink l
        where l.task_id_ = t.id_ and l.type_ = 'assignee' and l.operation_type_ = 'add')""";

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  private final SlaStandardRepository standards;
  private final CalendarService calendar;
  private final SlaMetrics metrics;
  private final TransactionTemplate transactions;
  private final TransactionTemplate savepoint;
  private final SlaRollups rollups;

  SlaLedger(JdbcClient jdbc, JdbcTemplate jdbcTemplate, SlaStandardRepository standards, CalendarService calendar,
      SlaMetrics metrics, TransactionTemplate transactions, SlaRollups rollups) {
    this.rollups = rollups;
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.standards = standards;
    this.calendar = calendar;
    this.metrics = metrics;
    this.transactions = transactions;
    this.savepoint = new TransactionTemplate(transactions.getTransactionManager());
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** A task just completed (called inside the engine's transaction): measure and record it if it has a standard. */
  public void completed(CompletedTask task) {
    Optional<SlaStandard> standard = standards.find(task.proses(), task.kegiatan());
    if (standard.isEmpty()) {
      return;
    }
    Instant claim = jdbc.sql("select max(timestamp_) from act_hi_identitylink"
            + " where task_id_ = ? and type_ = 'assignee' and operation_type_ = 'add'")
        .param(task.taskId()).query((rs, n) -> Optional.ofNullable(instant(rs, 1))).single().orElse(null);
    String instansi = task.usulId() == null ? null
        : jdbc.sql("select instansi from usul_ni where id = ?").param(task.usulId()).query(String.class).optional()
            .orElse(null);
    MeasuredTask measured = MeasuredTask.of(task, claim, instansi, standard.get(), calendarFor(standard.get()));
    try {
      savepoint.execute(status -> insert(List.of(measured)));
    } catch (DuplicateKeyException completedConcurrently) {
      // two requests completed the same task at once and the other committed first: the pass is recorded once,
      // and the engine refuses this completion with its optimistic-locking error when it flushes
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          metrics.completed(measured, standard.get());
        }
      });
    } else {
      metrics.completed(measured, standard.get());
    }
  }

  /**
   * Records every completed task in the engine's history that has a standard and no row yet, in chunks of
   * {@value #CHUNK} each committed on its own (keyset over the task id, Camunda's primary key; the chunk is cut
   * before the joins so that each costs the same however long the history). Safe to run on several nodes at
   * once. Returns how many it added.
   */
  public long catchUpFromHistory() {
    long added = 0;
    for (SlaStandard standard : standards.all()) {
      added += catchUpFromHistory(standard);
    }
    return added;
  }

  /** The same for one standard, e.g. one an administrator has just added for a task with history. */
  public long catchUpFromHistory(SlaStandard standard) {
    WorkingDayCalendar cal = calendarFor(standard);
    long added = 0;
    String after = "";
    while (true) {
      List<MeasuredTask> chunk = completedAfter(standard, after, cal);
      if (chunk.isEmpty()) {
        break;
      }
      after = chunk.get(chunk.size() - 1).taskId();
      java.util.Set<String> known = new java.util.HashSet<>(jdbc.sql(
              "select task_id from sla_tugas where task_id >= :first and task_id <= :last")
          .param("first", chunk.get(0).taskId()).param("last", after).query(String.class).list());
      List<MeasuredTask> missing = chunk.stream().filter(t -> !known.contains(t.taskId())).toList();
      if (!missing.isEmpty()) {
        added += insertChunk(missing);
      }
    }
    if (added > 0) {
      log.info("SLA: {} tugas {}/{} dari riwayat engine dicatat", added, standard.proses(), standard.kegiatan());
    }
    return added;
  }

  /** Whether nothing has been measured yet: the first start after this feature came, with history to bring in. */
  public boolean isEmpty() {
    return jdbc.sql("select count(*) from (select task_id from sla_tugas fetch first 1 rows only) x")
        .query(Integer.class).single() == 0;
  }

  private List<MeasuredTask> completedAfter(SlaStandard standard, String after, WorkingDayCalendar cal) {
    return jdbc.sql("""
            select t.id_, t.assignee_, t.start_time_, t.end_time_, p.business_key_, u.instansi,
            """ + LAST_CLAIM + " as diklaim\n" + """
            from (select id_, assignee_, start_time_, end_time_, proc_inst_id_ from act_hi_taskinst
              where id_ > :after and proc_def_key_ = :proses and task_def_key_ = :kegiatan
                and end_time_ is not null and delete_reason_ = 'completed'
              order by id_ fetch first :chunk rows only) t
            left join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_
            left join usul_ni u on u.id = p.business_key_
            order by t.id_""")
        .param("after", after).param("proses", standard.proses()).param("kegiatan", standard.kegiatan())
        .param("chunk", CHUNK)
        .query((rs, n) -> MeasuredTask.of(new CompletedTask(rs.getString(1), standard.proses(), standard.kegiatan(),
            rs.getString(5), rs.getString(2), instant(rs, 3), instant(rs, 4)), instant(rs, 7), rs.getString(6),
            standard, cal))
        .list();
  }

  private long insertChunk(List<MeasuredTask> chunk) {
    try {
      return transactions.execute(status -> insert(chunk));
    } catch (DuplicateKeyException raced) {
      // another node recorded some of them in the meantime: take the rest one by one
      long added = 0;
      for (MeasuredTask task : chunk) {
        try {
          added += transactions.execute(status -> insert(List.of(task)));
        } catch (DuplicateKeyException already) {
          // recorded by the other node
        }
      }
      return added;
    }
  }

  private long insert(List<MeasuredTask> tasks) {
    List<Object[]> rows = new ArrayList<>(tasks.size());
    for (MeasuredTask m : tasks) {
      rows.add(new Object[] {m.taskId(), m.proses(), m.kegiatan(), m.usulId(), m.instansi(), m.petugas(),
          Timestamp.from(m.dibuat()), m.diklaim() == null ? null : Timestamp.from(m.diklaim()),
          Timestamp.from(m.selesai()), java.sql.Date.valueOf(m.tanggal()), m.durasiMs(), m.durasiKlaimMs(),
          Timestamp.from(m.batas()), m.dalamStandar(), m.simulasi()});
    }
    jdbcTemplate.batchUpdate("""
        insert into sla_tugas (task_id, proses, kegiatan, usul_id, instansi, petugas, dibuat, diklaim, selesai,
          tanggal, durasi_ms, durasi_klaim_ms, batas, dalam_standar, simulasi)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    rollups.add(tasks);
    return rows.size();
  }

  private WorkingDayCalendar calendarFor(SlaStandard standard) {
    return standard.inSeconds() ? null : calendar.calendar();
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
