package id.asn.workflow.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The open deadlines of the running processes with the rules that counted them (table {@code tenggat}): what a
 * holiday decree entered later counts again. One row per process instance and variable; setting it again replaces it.
 */
@Repository
public class DeadlineLedger {

  private final JdbcClient jdbc;

  DeadlineLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void save(TrackedDeadline d) {
    int updated = jdbc.sql("""
            update tenggat set pemilik_jenis = :jenis, pemilik_id = :pemilik, aturan = :aturan, dari = :dari,
              hari = :hari, tanggal = :tanggal, detik_dalam_hari = :detik, sementara = :sementara, awal = :awal,
              akhir = :akhir
            where proses_id = :proses and variabel = :variabel""")
        .params(columns(d))
        .update();
    if (updated == 0) {
      jdbc.sql("""
              insert into tenggat (proses_id, variabel, pemilik_jenis, pemilik_id, aturan, dari, hari, tanggal,
                detik_dalam_hari, sementara, awal, akhir)
              values (:proses, :variabel, :jenis, :pemilik, :aturan, :dari, :hari, :tanggal, :detik, :sementara,
                :awal, :akhir)""")
          .params(columns(d))
          .update();
    }
  }

  /** The process instances holding a deadline whose count crossed {@code year}. */
  public List<String> processesTouching(int year) {
    return jdbc.sql("select distinct proses_id from tenggat where awal <= ? and akhir >= ? order by proses_id")
        .params(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1))
        .query(String.class)
        .list();
  }

  public List<TrackedDeadline> ofProcess(String processInstanceId) {
    return jdbc.sql("""
            select proses_id, variabel, pemilik_jenis, pemilik_id, aturan, dari, hari, tanggal, detik_dalam_hari,
              sementara
            from tenggat where proses_id = ? order by variabel""")
        .param(processInstanceId)
        .query((rs, n) -> new TrackedDeadline(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            new Deadline(rs.getObject(8, LocalDate.class), rs.getBoolean(10),
                new DeadlineRule(DeadlineRule.Kind.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                    rs.getInt(7))),
            rs.getInt(9)))
        .list();
  }

  /** The open deadlines of one owner (an appointment, a period) as the API shows them, earliest first. */
  public List<OpenDeadline> openOf(String ownerKind, String ownerId) {
    return jdbc.sql("""
            select variabel, tanggal, sementara from tenggat where pemilik_jenis = ? and pemilik_id = ?
            order by tanggal, variabel""")
        .params(ownerKind, ownerId)
        .query((rs, n) -> new OpenDeadline(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3)))
        .list();
  }

  /** A deadline as the API shows it: the process variable that holds it, its last day, whether provisional. */
  public record OpenDeadline(String variabel, LocalDate tanggal, boolean sementara) {}

  public Optional<TrackedDeadline> find(String processInstanceId, String variable) {
    return ofProcess(processInstanceId).stream().filter(d -> d.variable().equals(variable)).findFirst();
  }

  /** Forgets the deadlines of an instance that has ended: nothing is left to move. */
  public void forgetProcess(String processInstanceId) {
    jdbc.sql("delete from tenggat where proses_id = ?").param(processInstanceId).update();
  }

  private static Map<String, Object> columns(TrackedDeadline d) {
    return Map.ofEntries(
        Map.entry("proses", d.processInstanceId()), Map.entry("variabel", d.variable()),
        Map.entry("jenis", d.ownerKind()), Map.entry("pemilik", d.ownerId()),
        Map.entry("aturan", d.deadline().rule().kind().name()),
        Map.entry("dari", d.deadline().rule().from()), Map.entry("hari", d.deadline().rule().days()),
        Map.entry("tanggal", d.deadline().tanggal()), Map.entry("detik", d.secondsIntoDay()),
        Map.entry("sementara", d.deadline().sementara()), Map.entry("awal", d.spanStart()),
        Map.entry("akhir", d.spanEnd()));
  }
}
