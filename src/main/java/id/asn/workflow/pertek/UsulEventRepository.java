package id.asn.workflow.pertek;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The application's own record of each usul: submission, corrections, status changes, each with who and when. */
@Repository
public class UsulEventRepository {

  public static final String DIKIRIM = "DIKIRIM";
  public static final String PERBAIKAN_DIKIRIM = "PERBAIKAN_DIKIRIM";
  public static final String DITARIK = "DITARIK";
  static final String STATUS = "STATUS";

  private static final int MAX_KETERANGAN = 2000;

  private final JdbcClient jdbc;
  private final Clock clock;

  UsulEventRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** @param oleh the user who caused it, or null for the process itself */
  public void record(String usulId, String jenis, String keterangan, String oleh) {
    String text = keterangan.length() <= MAX_KETERANGAN ? keterangan : keterangan.substring(0, MAX_KETERANGAN - 1) + "…";
    jdbc.sql("insert into usul_riwayat (usul_id, jenis, keterangan, oleh, waktu) values (?, ?, ?, ?, ?)")
        .params(usulId, jenis, text, oleh, Timestamp.from(Instant.now(clock)))
        .update();
  }

  public void statusChanged(String usulId, UsulStatus from, UsulStatus to, String oleh) {
    if (from != to) {
      record(usulId, STATUS, from + " → " + to, oleh);
    }
  }

  /** The application's records of one usul (events, decisions, notifications), oldest first. */
  public List<UsulHistoryEntry> entriesOf(String usulId) {
    return jdbc.sql("""
            select waktu, jenis, oleh, keterangan, 1 as urutan, id from usul_riwayat where usul_id = :id
            union all
            select waktu, tahap, oleh, hasil || coalesce(': ' || catatan, ''), 2, id from usul_keputusan where usul_id = :id
            union all
            select dibuat, 'NOTIFIKASI', null, judul, 3, id from notifikasi where usul_id = :id
            order by 1, 5, 6""")
        .param("id", usulId)
        .query((rs, row) -> UsulHistoryEntry.ofApplication(rs.getTimestamp(1).toInstant(), rs.getString(2),
            rs.getString(3), rs.getString(4)))
        .list();
  }
}
