package id.asn.workflow.numbering;

import id.asn.workflow.kernel.JenisAsn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Allocated numbers, active and cancelled. Rows are never deleted. */
@Repository
class NomorIndukRepository {

  private static final String COLUMNS = "nomor, jenis_asn, usul_id, status, alasan_batal, dibuat, dibatalkan";

  private final JdbcClient jdbc;

  NomorIndukRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a new active number; the database refuses a number given before or a second active one. */
  void insertActive(NomorInduk nomor, String usulId, Instant at) {
    jdbc.sql("""
            insert into nomor_induk (nomor, prefix, urutan, jenis_asn, usul_id, usul_aktif, status, dibuat)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(nomor.nomor(), nomor.prefix(), nomor.urutan(), nomor.jenis().name(), usulId, usulId,
            NumberStatus.AKTIF.name(), Timestamp.from(at))
        .update();
  }

  Optional<AllocatedNumber> findActiveByUsul(String usulId) {
    return jdbc.sql("select " + COLUMNS + " from nomor_induk where usul_aktif = ?").param(usulId)
        .query(NomorIndukRepository::map).optional();
  }

  Optional<AllocatedNumber> find(String nomor) {
    return jdbc.sql("select " + COLUMNS + " from nomor_induk where nomor = ?").param(nomor)
        .query(NomorIndukRepository::map).optional();
  }

  List<AllocatedNumber> findByUsul(String usulId) {
    return jdbc.sql("select " + COLUMNS + " from nomor_induk where usul_id = ? order by dibuat, nomor").param(usulId)
        .query(NomorIndukRepository::map).list();
  }

  /** Cancels an active number; false when it is not active (unknown or cancelled already). */
  boolean cancel(String nomor, String alasan, Instant at) {
    return jdbc.sql("""
            update nomor_induk set status = ?, usul_aktif = null, alasan_batal = ?, dibatalkan = ?
            where nomor = ? and status = ?""")
        .params(NumberStatus.BATAL.name(), alasan, Timestamp.from(at), nomor, NumberStatus.AKTIF.name())
        .update() == 1;
  }

  private static AllocatedNumber map(ResultSet rs, int row) throws SQLException {
    Timestamp cancelled = rs.getTimestamp("dibatalkan");
    return new AllocatedNumber(
        new NomorInduk(rs.getString("nomor"), JenisAsn.valueOf(rs.getString("jenis_asn"))),
        rs.getString("usul_id"),
        NumberStatus.valueOf(rs.getString("status")),
        rs.getString("alasan_batal"),
        rs.getTimestamp("dibuat").toInstant(),
        cancelled == null ? null : cancelled.toInstant());
  }
}
