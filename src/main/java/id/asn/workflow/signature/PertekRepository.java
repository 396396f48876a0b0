package id.asn.workflow.signature;

import id.asn.workflow.kernel.JenisAsn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pertek rows, read together with the usul facts the verification page shows. */
@Repository
class PertekRepository {

  private static final String SELECT = """
      select p.usul_id, p.nomor, p.tahun, p.urutan, p.tanggal, p.kode_verifikasi, p.nama_instansi, p.sha256_konsep,
        p.sha256_ditandatangani, p.penandatangan, p.nama_penandatangan, p.nip_penandatangan,
        p.jabatan_penandatangan, p.tingkat_tanda_tangan, p.waktu_tanda_tangan,
        p.dicabut, p.alasan_pencabutan, u.jenis_asn, u.nama, u.nik, u.nomor_induk, u.instansi
      from pertek p join usul_ni u on u.id = p.usul_id""";

  private final JdbcClient jdbc;
  private final Clock clock;

  PertekRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * A Pertek with its usul's facts; signed when {@code sha256Ditandatangani} is set, revoked when {@code dicabut} is
   * (its Nomor Induk was cancelled).
   */
  record PertekRecord(String usulId, String nomor, int tahun, long urutan, LocalDate tanggal, String kodeVerifikasi,
      String namaInstansi, String sha256Konsep, String sha256Ditandatangani, String penandatangan,
      String namaPenandatangan, String nipPenandatangan, String jabatanPenandatangan, String tingkat,
      Instant waktuTandaTangan, Instant dicabut, String alasanPencabutan,
      JenisAsn jenisAsn, String nama, String nik, String nomorInduk, String instansi) {

    boolean signed() {
      return sha256Ditandatangani != null;
    }
  }

  Optional<PertekRecord> find(String usulId) {
    return jdbc.sql(SELECT + " where p.usul_id = ?").param(usulId).query(PertekRepository::map).optional();
  }

  /**
   * The Pertek of a usul, its row locked until the transaction ends: two nodes running the same step (a
   * job retried while the first attempt still runs) wait for each other instead of both signing.
   */
  Optional<PertekRecord> findForUpdate(String usulId) {
    // lock the pertek row alone: PostgreSQL refuses FOR UPDATE across the nullable side of a join
    boolean exists = jdbc.sql("select usul_id from pertek where usul_id = ? for update").param(usulId)
        .query(String.class).optional().isPresent();
    return exists ? find(usulId) : Optional.empty();
  }

  Optional<PertekRecord> findByKode(String kode) {
    return jdbc.sql(SELECT + " where p.kode_verifikasi = ?").param(kode).query(PertekRepository::map).optional();
  }

  /** The signed Pertek whose signed file, or whose draft (the revision the signature covers), has this hash. */
  Optional<PertekRecord> findSignedByHash(String sha256) {
    Optional<PertekRecord> bySignedFile = jdbc.sql(SELECT + " where p.sha256_ditandatangani = ?").param(sha256)
        .query(PertekRepository::map).optional();
    if (bySignedFile.isPresent()) {
      return bySignedFile;
    }
    return jdbc.sql(SELECT + " where p.sha256_konsep = ? and p.sha256_ditandatangani is not null").param(sha256)
        .query(PertekRepository::map).list().stream().findFirst();
  }

  void insertDraft(String usulId, String nomor, int tahun, long urutan, LocalDate tanggal, String kode, String namaInstansi,
      String sha256Konsep) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    jdbc.sql("""
            insert into pertek (usul_id, nomor, tahun, urutan, tanggal, kode_verifikasi, nama_instansi, sha256_konsep,
              dibuat, diperbarui) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(usulId, nomor, tahun, urutan, tanggal, kode, namaInstansi, sha256Konsep, now, now)
        .update();
  }

  void updateDraft(String usulId, LocalDate tanggal, String namaInstansi, String sha256Konsep) {
    jdbc.sql("update pertek set tanggal = ?, nama_instansi = ?, sha256_konsep = ?, diperbarui = ? where usul_id = ?"
            + " and sha256_ditandatangani is null")
        .params(tanggal, namaInstansi, sha256Konsep, Timestamp.from(Instant.now(clock)), usulId)
        .update();
  }

  void recordSignature(String usulId, String sha256, String signer, SignerBlock.Official official, String level,
      Instant signedAt) {
    int updated = jdbc.sql("""
            update pertek set sha256_ditandatangani = ?, penandatangan = ?, nama_penandatangan = ?,
              nip_penandatangan = ?, jabatan_penandatangan = ?, tingkat_tanda_tangan = ?, waktu_tanda_tangan = ?,
              diperbarui = ?
            where usul_id = ? and sha256_ditandatangani is null""")
        .params(sha256, signer, official.nama(), official.nip(), official.jabatan(), level, Timestamp.from(signedAt),
            Timestamp.from(Instant.now(clock)), usulId)
        .update();
    if (updated != 1) {
      throw new IllegalStateException("Pertek usul " + usulId + " tidak ada atau sudah ditandatangani");
    }
  }

  /** Marks the Pertek revoked; false when it has none or was revoked before (the first date and reason stay). */
  boolean revoke(String usulId, String alasan, Instant at) {
    return jdbc.sql("update pertek set dicabut = ?, alasan_pencabutan = ?, diperbarui = ? where usul_id = ?"
            + " and dicabut is null")
        .params(Timestamp.from(at), alasan, Timestamp.from(at), usulId)
        .update() == 1;
  }

  private static PertekRecord map(ResultSet rs, int row) throws SQLException {
    Timestamp signedAt = rs.getTimestamp("waktu_tanda_tangan");
    Timestamp revokedAt = rs.getTimestamp("dicabut");
    return new PertekRecord(
        rs.getString("usul_id"),
        rs.getString("nomor"),
        rs.getInt("tahun"),
        rs.getLong("urutan"),
        rs.getObject("tanggal", LocalDate.class),
        rs.getString("kode_verifikasi"),
        rs.getString("nama_instansi"),
        rs.getString("sha256_konsep"),
        rs.getString("sha256_ditandatangani"),
        rs.getString("penandatangan"),
        rs.getString("nama_penandatangan"),
        rs.getString("nip_penandatangan"),
        rs.getString("jabatan_penandatangan"),
        rs.getString("tingkat_tanda_tangan"),
        signedAt == null ? null : signedAt.toInstant(),
        revokedAt == null ? null : revokedAt.toInstant(),
        rs.getString("alasan_pencabutan"),
        JenisAsn.valueOf(rs.getString("jenis_asn")),
        rs.getString("nama"),
        rs.getString("nik"),
        rs.getString("nomor_induk"),
        rs.getString("instansi"));
  }
}
