package id.asn.workflow.pertek;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.JenisAsn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Usul NI rows. Status changes release the one-unfinished-usul-per-participant slot when a usul finishes. */
@Repository
public class UsulRepository {

  private static final String COLUMNS = """
      id, instansi, jenis_asn, nomor_peserta, nik, nama, tempat_lahir, tanggal_lahir, jenis_kelamin, pendidikan,
      jabatan, unit_kerja, tmt, agama, status, nomor_induk, alasan, dibuat, diperbarui""";

  private final JdbcClient jdbc;
  private final Clock clock;

  UsulRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Inserts a new usul; the database refuses a second unfinished usul of the same participant. */
  public void insert(UsulNi usul) {
    candidate(jdbc.sql("insert into usul_ni (" + COLUMNS + ", peserta_aktif) values "
            + "(:id, :instansi, :jenisAsn, :nomorPeserta, :nik, :nama, :tempatLahir, :tanggalLahir, :jenisKelamin, "
            + ":pendidikan, :jabatan, :unitKerja, :tmt, :agama, :status, :nomorInduk, :alasan, :dibuat, :diperbarui, "
            + ":pesertaAktif)"), usul)
        .param("instansi", usul.instansi())
        .param("nomorPeserta", usul.nomorPeserta())
        .param("status", usul.status().name())
        .param("nomorInduk", usul.nomorInduk())
        .param("alasan", usul.alasan())
        .param("dibuat", Timestamp.from(usul.dibuat()))
        .param("diperbarui", Timestamp.from(usul.diperbarui()))
        .param("pesertaAktif", usul.status().isFinished() ? null : usul.nomorPeserta())
        .update();
  }

  /** Replaces the candidate's data with a correction; the participant number stays what it was. */
  public void updateData(UsulNi usul) {
    candidate(jdbc.sql("""
            update usul_ni set jenis_asn = :jenisAsn, nik = :nik, nama = :nama, tempat_lahir = :tempatLahir,
              tanggal_lahir = :tanggalLahir, jenis_kelamin = :jenisKelamin, pendidikan = :pendidikan, jabatan = :jabatan,
              unit_kerja = :unitKerja, tmt = :tmt, agama = :agama, diperbarui = :diperbarui
            where id = :id"""), usul)
        .param("diperbarui", Timestamp.from(Instant.now(clock)))
        .update();
  }

  /** Binds the usul's id and the candidate's data, which insert and correction write alike. */
  private static JdbcClient.StatementSpec candidate(JdbcClient.StatementSpec statement, UsulNi usul) {
    return statement
        .param("id", usul.id())
        .param("jenisAsn", usul.jenisAsn().name())
        .param("nik", usul.nik())
        .param("nama", usul.nama())
        .param("tempatLahir", usul.tempatLahir())
        .param("tanggalLahir", usul.tanggalLahir())
        .param("jenisKelamin", usul.jenisKelamin())
        .param("pendidikan", usul.pendidikan())
        .param("jabatan", usul.jabatan())
        .param("unitKerja", usul.unitKerja())
        .param("tmt", usul.tmt())
        .param("agama", usul.agama());
  }

  public Optional<UsulNi> findById(String id) {
    return jdbc.sql("select " + COLUMNS + " from usul_ni where id = ?").param(id).query(UsulRepository::map).optional();
  }

  /** The usul that holds the participant's one unfinished slot, if any. */
  public Optional<UsulNi> findUnfinishedByNomorPeserta(String nomorPeserta) {
    return jdbc.sql("select " + COLUMNS + " from usul_ni where peserta_aktif = ?").param(nomorPeserta)
        .query(UsulRepository::map).optional();
  }

  /**
   * Which usul to list: those of some instansi (null: every instansi) in one status (null: any).
   * An empty set of instansi matches nothing.
   */
  public record Filter(Set<String> instansi, UsulStatus status) {}

  /** One page of the usul a filter selects, newest first. */
  public List<UsulNi> findPage(Filter filter, int page, int size) {
    if (filter.instansi() != null && filter.instansi().isEmpty()) {
      return List.of();
    }
    Map<String, Object> params = whereParams(filter);
    params.put("limit", size);
    params.put("offset", (long) page * size);
    return jdbc.sql("select " + COLUMNS + " from usul_ni" + where(filter)
            + " order by dibuat desc, id desc limit :limit offset :offset")
        .params(params)
        .query(UsulRepository::map)
        .list();
  }

  public long count(Filter filter) {
    if (filter.instansi() != null && filter.instansi().isEmpty()) {
      return 0;
    }
    return jdbc.sql("select count(*) from usul_ni" + where(filter)).params(whereParams(filter)).query(Long.class).single();
  }

  /**
   * Moves a usul from one status to another only if it is still in the first: the row lock makes two
   * simultaneous moves (two corrections sent at once) take effect once. Returns whether it moved.
   */
  public boolean transition(String id, UsulStatus from, UsulStatus to) {
    return transition(id, from, to, null);
  }

  /** As {@link #transition(String, UsulStatus, UsulStatus)}, with the reason shown to the instansi (null keeps it). */
  public boolean transition(String id, UsulStatus from, UsulStatus to, String alasan) {
    return jdbc.sql("""
            update usul_ni set status = :to, alasan = coalesce(:alasan, alasan), diperbarui = :now,
              peserta_aktif = case when :finished then null else nomor_peserta end
            where id = :id and status = :from""")
        .param("id", id)
        .param("from", from.name())
        .param("to", to.name())
        .param("alasan", alasan)
        .param("finished", to.isFinished())
        .param("now", Timestamp.from(Instant.now(clock)))
        .update() == 1;
  }

  /** Moves a usul to a status with the reason shown to the instansi (null keeps the current reason). */
  public void setStatus(String id, UsulStatus status, String alasan) {
    jdbc.sql("""
            update usul_ni set status = :status, alasan = coalesce(:alasan, alasan), diperbarui = :now,
              peserta_aktif = case when :finished then null else nomor_peserta end
            where id = :id""")
        .param("id", id)
        .param("status", status.name())
        .param("alasan", alasan)
        .param("finished", status.isFinished())
        .param("now", Timestamp.from(Instant.now(clock)))
        .update();
  }

  /** The last day of the correction the instansi was given, and whether it is provisional. */
  public void setCorrectionDeadline(String id, Deadline deadline) {
    jdbc.sql("update usul_ni set batas_perbaikan = ?, batas_perbaikan_sementara = ? where id = ?")
        .params(deadline.tanggal(), deadline.sementara(), id)
        .update();
  }

  /** A correction with no last day (PNS): a last day of an earlier round no longer applies. */
  public void clearCorrectionDeadline(String id) {
    jdbc.sql("update usul_ni set batas_perbaikan = null, batas_perbaikan_sementara = null where id = ?")
        .param(id)
        .update();
  }

  /** The correction's last day while it applies: only in PERBAIKAN. */
  public Optional<BatasPerbaikan> correctionDeadline(String id) {
    return jdbc.sql("""
            select batas_perbaikan, batas_perbaikan_sementara from usul_ni
            where id = ? and status = 'PERBAIKAN' and batas_perbaikan is not null""")
        .param(id)
        .query((rs, n) -> new BatasPerbaikan(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
        .optional();
  }

  /** A correction deadline as the instansi reads it. */
  public record BatasPerbaikan(LocalDate tanggal, boolean sementara) {}

  public void setNomorInduk(String id, String nomorInduk) {
    jdbc.sql("update usul_ni set nomor_induk = ?, diperbarui = ? where id = ?")
        .params(nomorInduk, Timestamp.from(Instant.now(clock)), id)
        .update();
  }

  private static String where(Filter filter) {
    List<String> conditions = new ArrayList<>();
    if (filter.instansi() != null) {
      conditions.add("instansi in (:instansi)");
    }
    if (filter.status() != null) {
      conditions.add("status = :status");
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static Map<String, Object> whereParams(Filter filter) {
    Map<String, Object> params = new HashMap<>();
    if (filter.instansi() != null) {
      params.put("instansi", filter.instansi());
    }
    if (filter.status() != null) {
      params.put("status", filter.status().name());
    }
    return params;
  }

  static UsulNi map(ResultSet rs, int row) throws SQLException {
    return new UsulNi(
        rs.getString("id"),
        rs.getString("instansi"),
        JenisAsn.valueOf(rs.getString("jenis_asn")),
        rs.getString("nomor_peserta"),
        rs.getString("nik"),
        rs.getString("nama"),
        rs.getString("tempat_lahir"),
        rs.getObject("tanggal_lahir", java.time.LocalDate.class),
        rs.getString("jenis_kelamin"),
        rs.getString("pendidikan"),
        rs.getString("jabatan"),
        rs.getString("unit_kerja"),
        rs.getObject("tmt", java.time.LocalDate.class),
        rs.getString("agama"),
        UsulStatus.valueOf(rs.getString("status")),
        rs.getString("nomor_induk"),
        rs.getString("alasan"),
        rs.getTimestamp("dibuat").toInstant(),
        rs.getTimestamp("diperbarui").toInstant());
  }
}
