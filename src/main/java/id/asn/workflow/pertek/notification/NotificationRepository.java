package id.asn.workflow.pertek.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notifications sent to each instansi. */
@Repository
public class NotificationRepository {

  private final JdbcClient jdbc;

  public NotificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String instansi, String usulId, String jenis, String judul, String pesan, Instant at) {
    jdbc.sql("insert into notifikasi (instansi, usul_id, jenis, judul, pesan, dibuat) values (?, ?, ?, ?, ?, ?)")
        .params(instansi, usulId, jenis, judul, pesan, Timestamp.from(at))
        .update();
  }

  /** One page of what was sent to some instansi (null: all), newest first. */
  public List<Notifikasi> findPage(Set<String> instansi, int page, int size) {
    if (instansi != null && instansi.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select n.id, n.instansi, n.usul_id, u.nama, n.jenis, n.judul, n.pesan, n.dibuat
            from notifikasi n join usul_ni u on u.id = n.usul_id"""
            + (instansi == null ? "" : " where n.instansi in (:instansi)")
            + " order by n.dibuat desc, n.id desc limit :limit offset :offset")
        .params(params(instansi))
        .param("limit", size)
        .param("offset", (long) page * size)
        .query((rs, row) -> new Notifikasi(rs.getLong("id"), rs.getString("instansi"), rs.getString("usul_id"),
            rs.getString("nama"), rs.getString("jenis"), rs.getString("judul"), rs.getString("pesan"),
            rs.getTimestamp("dibuat").toInstant()))
        .list();
  }

  public long count(Set<String> instansi) {
    if (instansi != null && instansi.isEmpty()) {
      return 0;
    }
    return jdbc.sql("select count(*) from notifikasi" + (instansi == null ? "" : " where instansi in (:instansi)"))
        .params(params(instansi))
        .query(Long.class)
        .single();
  }

  private static Map<String, Object> params(Set<String> instansi) {
    return instansi == null ? Map.of() : Map.of("instansi", instansi);
  }
}
