package id.asn.workflow.pertek.officer;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tim Pemroses members and signers' decrees (V20__petugas_kanreg.sql). */
@Repository
class OfficerRepository {

  private static final String MEMBER = "select user_id, nama, nip, jabatan, nama_jabatan from tim_pemroses";
  private static final String DECREE = "select user_id, nama, nip, jabatan, nomor, tanggal, berlaku_mulai, "
      + "berlaku_sampai from keputusan_penandatangan";

  private final JdbcClient jdbc;

  OfficerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts or replaces the member's record; true when it is new. */
  boolean saveMember(TimPemrosesMember m, String by, Instant at) {
    boolean exists = member(m.userId()).isPresent();
    if (exists) {
      jdbc.sql("update tim_pemroses set nama = ?, nip = ?, jabatan = ?, nama_jabatan = ?, diubah = ?, diubah_oleh = ? "
              + "where user_id = ?")
          .params(m.nama(), m.nip(), m.jabatan().name(), m.namaJabatan(), Timestamp.from(at), by, m.userId()).update();
    } else {
      jdbc.sql("insert into tim_pemroses (user_id, nama, nip, jabatan, nama_jabatan, diubah, diubah_oleh) "
              + "values (?, ?, ?, ?, ?, ?, ?)")
          .params(m.userId(), m.nama(), m.nip(), m.jabatan().name(), m.namaJabatan(), Timestamp.from(at), by).update();
    }
    return !exists;
  }

  Optional<TimPemrosesMember> member(String userId) {
    return jdbc.sql(MEMBER + " where user_id = ?").param(userId).query(OfficerRepository::member).optional();
  }

  List<TimPemrosesMember> members() {
    return jdbc.sql(MEMBER + " order by user_id").query(OfficerRepository::member).list();
  }

  /** False when the signer already has a decree of that number. */
  boolean insertDecree(SignerDecree d, String by, Instant at) {
    if (jdbc.sql("select count(*) from keputusan_penandatangan where user_id = ? and nomor = ?")
        .params(d.userId(), d.nomor()).query(Integer.class).single() > 0) {
      return false;
    }
    jdbc.sql("insert into keputusan_penandatangan (user_id, nama, nip, jabatan, nomor, tanggal, berlaku_mulai, "
            + "berlaku_sampai, dicatat, dicatat_oleh) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(d.userId(), d.nama(), d.nip(), d.jabatan(), d.nomor(), d.tanggal(), d.berlakuMulai(),
            d.berlakuSampai(), Timestamp.from(at), by)
        .update();
    return true;
  }

  /** The signer's decree that holds on {@code day}, the latest to start when several do. */
  Optional<SignerDecree> decreeOn(String userId, LocalDate day) {
    return jdbc.sql(DECREE + " where user_id = ? and berlaku_mulai <= ? and (berlaku_sampai is null or "
            + "berlaku_sampai >= ?) order by berlaku_mulai desc, tanggal desc")
        .params(userId, day, day).query(OfficerRepository::decree).list().stream().findFirst();
  }

  List<SignerDecree> decrees() {
    return jdbc.sql(DECREE + " order by user_id, berlaku_mulai").query(OfficerRepository::decree).list();
  }

  private static TimPemrosesMember member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new TimPemrosesMember(rs.getString("user_id"), rs.getString("nama"), rs.getString("nip"),
        TimPemrosesJabatan.valueOf(rs.getString("jabatan")), rs.getString("nama_jabatan"));
  }

  private static SignerDecree decree(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new SignerDecree(rs.getString("user_id"), rs.getString("nama"), rs.getString("nip"),
        rs.getString("jabatan"), rs.getString("nomor"), rs.getObject("tanggal", LocalDate.class),
        rs.getObject("berlaku_mulai", LocalDate.class), rs.getObject("berlaku_sampai", LocalDate.class));
  }
}
