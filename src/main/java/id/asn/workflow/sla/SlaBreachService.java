package id.asn.workflow.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records SLA breaches for the Kanreg supervisors; idempotent per task so a retried timer records once. */
@Service
@Transactional
class SlaBreachService {

  private static final Logger log = LoggerFactory.getLogger(SlaBreachService.class);

  private final JdbcClient jdbc;

  SlaBreachService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(SlaBreach breach) {
    int existing = jdbc.sql("select count(*) from sla_pelanggaran where task_id = ?").param(breach.taskId())
        .query(Integer.class).single();
    if (existing > 0) {
      return;
    }
    jdbc.sql("""
            insert into sla_pelanggaran (task_id, kegiatan, usul_id, petugas, dibuat_tugas, batas, dicatat)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(breach.taskId(), breach.kegiatan(), breach.usulId(), breach.petugas(),
            Timestamp.from(breach.dibuatTugas()), Timestamp.from(breach.batas()), Timestamp.from(breach.dicatat()))
        .update();
    log.warn("SLA terlampaui: {} usul {} (petugas {}), batas {}", breach.kegiatan(), breach.usulId(),
        breach.petugas() == null ? "belum diklaim" : breach.petugas(), breach.batas());
  }

  @Transactional(readOnly = true)
  public List<SlaBreach> recent(int limit) {
    return jdbc.sql("""
            select task_id, kegiatan, usul_id, petugas, dibuat_tugas, batas, dicatat from sla_pelanggaran
            order by dicatat desc, id desc fetch first :limit rows only""")
        .param("limit", limit)
        .query((rs, n) -> new SlaBreach(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()))
        .list();
  }

}
