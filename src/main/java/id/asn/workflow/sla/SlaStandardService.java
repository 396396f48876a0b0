package id.asn.workflow.sla;

import id.asn.workflow.kernel.Refusal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing an SLA standard: every change is recorded with who made it and what it was before; a POS standard that
 * drives the pertekNiCasn timers stays in seconds, cannot be removed, and moves the due dates and timers of the open
 * tasks with it (counted from each task's creation, so a task past its new standard breaches at once).
 */
@Service
public class SlaStandardService {

  private final SlaStandardRepository standards;
  private final SlaLedger ledger;
  private final OpenTaskDeadlines openTasks;
  private final SlaMetrics metrics;
  private final JdbcClient jdbc;

  SlaStandardService(SlaStandardRepository standards, SlaLedger ledger, OpenTaskDeadlines openTasks, JdbcClient jdbc,
      SlaMetrics metrics) {
    this.metrics = metrics;
    this.standards = standards;
    this.ledger = ledger;
    this.openTasks = openTasks;
    this.jdbc = jdbc;
  }

  /** Creates or replaces the standard; true when it is new. */
  @Transactional
  public boolean save(SlaStandard standard, String by, Instant now) {
    boolean timed = PosStandardsFromTable.drivesATimer(standard.proses(), standard.kegiatan());
    if (timed && !standard.inSeconds()) {
      throw Refusal.invalid("standarDetik", "standar POS " + standard.kegiatan() + " menentukan tenggat dan timer "
          + "tugas: isi dalam detik, bukan hari kerja");
    }
    Optional<SlaStandard> before = standards.find(standard.proses(), standard.kegiatan());
    boolean created = standards.save(standard, by, now);
    if (created) {
      // a new standard for a task with history: measure the passes already in the engine's history
      ledger.catchUpFromHistory(standard);
    }
    int moved = timed ? openTasks.retime(standard.proses(), standard.kegiatan(),
        Duration.ofSeconds(standard.standarDetik())) : 0;
    audit(standard.proses(), standard.kegiatan(), before.map(SlaStandardService::text).orElse(null), text(standard),
        moved, by, now);
    metrics.standardChanged(standard.proses(), standard.kegiatan());
    return created;
  }

  @Transactional
  public void delete(String proses, String kegiatan, String by, Instant now) {
    if (PosStandardsFromTable.drivesATimer(proses, kegiatan)) {
      throw Refusal.conflict("Standar POS " + proses + "/" + kegiatan + " menentukan tenggat dan timer tugas dan "
          + "tidak dapat dihapus; ubah dengan PUT");
    }
    Optional<SlaStandard> before = standards.find(proses, kegiatan);
    if (before.isEmpty() || !standards.delete(proses, kegiatan)) {
      throw Refusal.notFound("Tidak ada standar SLA untuk " + proses + "/" + kegiatan);
    }
    audit(proses, kegiatan, text(before.get()), null, 0, by, now);
    metrics.standardChanged(proses, kegiatan);
  }

  /** One change: the standard before and after (null when it was added or removed) and the open tasks moved. */
  public record Change(String proses, String kegiatan, String sebelum, String sesudah, int tugasDiubah,
      Instant diubah, String diubahOleh) {}

  /** The changes, newest first. */
  public List<Change> history(int limit) {
    return jdbc.sql("select proses, kegiatan, sebelum, sesudah, tugas_diubah, diubah, diubah_oleh "
            + "from sla_standar_riwayat order by diubah desc, id desc fetch first ? rows only").param(limit)
        .query((rs, row) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
        .list();
  }

  private void audit(String proses, String kegiatan, String sebelum, String sesudah, int moved, String by,
      Instant now) {
    jdbc.sql("insert into sla_standar_riwayat (proses, kegiatan, sebelum, sesudah, tugas_diubah, diubah, diubah_oleh) "
        + "values (?, ?, ?, ?, ?, ?, ?)").params(proses, kegiatan, sebelum, sesudah, moved, Timestamp.from(now), by)
        .update();
  }

  private static String text(SlaStandard s) {
    return s.nama() + ": " + (s.inSeconds() ? s.standarDetik() + " detik" : s.standarHariKerja() + " hari kerja")
        + ", target " + s.targetPersen() + "%";
  }
}
