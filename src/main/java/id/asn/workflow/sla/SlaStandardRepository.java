package id.asn.workflow.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The standards table; read on every completion and report, so a change holds at once on every node. */
@Repository
public class SlaStandardRepository {

  private static final String COLUMNS = "proses, kegiatan, nama, standar_detik, standar_hari_kerja, target_persen";

  private final JdbcClient jdbc;

  SlaStandardRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<SlaStandard> all() {
    return jdbc.sql("select " + COLUMNS + " from sla_standar order by proses, id").query(SlaStandardRepository::map)
        .list();
  }

  public Optional<SlaStandard> find(String proses, String kegiatan) {
    return jdbc.sql("select " + COLUMNS + " from sla_standar where proses = ? and kegiatan = ?")
        .params(proses, kegiatan).query(SlaStandardRepository::map).optional();
  }

  /** Creates or replaces the standard of a task; true when it was new. */
  public boolean save(SlaStandard s, String by, Instant at) {
    int updated = jdbc.sql("""
            update sla_standar set nama = ?, standar_detik = ?, standar_hari_kerja = ?, target_persen = ?,
            diubah = ?, diubah_oleh = ? where proses = ? and kegiatan = ?""")
        .params(s.nama(), s.standarDetik(), s.standarHariKerja(), s.targetPersen(), Timestamp.from(at), by,
            s.proses(), s.kegiatan())
        .update();
    if (updated > 0) {
      return false;
    }
    jdbc.sql("insert into sla_standar (" + COLUMNS + ", diubah, diubah_oleh) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(s.proses(), s.kegiatan(), s.nama(), s.standarDetik(), s.standarHariKerja(), s.targetPersen(),
            Timestamp.from(at), by)
        .update();
    return true;
  }

  public boolean delete(String proses, String kegiatan) {
    return jdbc.sql("delete from sla_standar where proses = ? and kegiatan = ?").params(proses, kegiatan).update() > 0;
  }

  private static SlaStandard map(ResultSet rs, int row) throws SQLException {
    return new SlaStandard(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4, Integer.class),
        (Integer) rs.getObject(5, Integer.class), rs.getInt(6));
  }
}
