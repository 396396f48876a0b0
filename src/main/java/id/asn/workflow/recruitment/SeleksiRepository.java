package id.asn.workflow.recruitment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A period: its row (status, committee, schedule, result versions), its imports, history and announcements. Its
 * data are in {@link FormasiRepository}, {@link PelamarRepository}, {@link ScoreRepository} and
 * {@link CorrectionRepository}.
 */
@Repository
class SeleksiRepository {

  /** Rows per batch statement, and per fetch when a period's rows are streamed. */
  static final int BATCH = 1000;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  SeleksiRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  void insert(String id, String instansi, int tahun, JenisSeleksi jenis, Instant now) {
    jdbc.sql("""
            insert into seleksi_periode (id, instansi, tahun, jenis, status, versi_data, dibuat)
            values (?, ?, ?, ?, 'PERENCANAAN', 1, ?)""")
        .params(id, instansi, tahun, jenis.name(), Timestamp.from(now)).update();
  }

  Optional<Periode> find(String id) {
    return jdbc.sql("select * from seleksi_periode where id = ?").param(id).query(SeleksiRepository::periode).optional();
  }

  /** The periods not yet finished whose schedule runs through {@code year}. */
  List<Periode> openWithScheduleIn(int year) {
    return jdbc.sql("""
            select * from seleksi_periode where status <> 'SELESAI' and pengumuman_mulai is not null
              and pengumuman_mulai <= ? and tanggal_skb >= ? order by id""")
        .params(Date.valueOf(LocalDate.of(year, 12, 31)), Date.valueOf(LocalDate.of(year, 1, 1)))
        .query(SeleksiRepository::periode)
        .list();
  }

  /** Locks the period's row: the results of one period are recomputed by one transaction at a time. */
  Map<String, Long> lockVersions(String id) {
    return jdbc.sql("select versi_data, versi_hasil_skd, versi_hasil_akhir from seleksi_periode where id = ? for update")
        .param(id).query((rs, n) -> {
          Map<String, Long> v = new java.util.HashMap<>();
          v.put("data", rs.getLong("versi_data"));
          v.put("skd", (Long) rs.getObject("versi_hasil_skd", Long.class));
          v.put("akhir", (Long) rs.getObject("versi_hasil_akhir", Long.class));
          return v;
        }).single();
  }

  void setResultVersion(String id, String column, long version) {
    jdbc.sql("update seleksi_periode set " + column + " = ? where id = ?").params(version, id).update();
  }

  void dataChanged(String id) {
    jdbc.sql("update seleksi_periode set versi_data = versi_data + 1 where id = ?").param(id).update();
  }

  void setStatus(String id, String status) {
    jdbc.sql("update seleksi_periode set status = ? where id = ?").params(status, id).update();
  }

  void setCommittee(String id, String nomorSk, String ketua, Map<String, List<String>> members) {
    jdbc.sql("update seleksi_periode set nomor_sk_panitia = ?, ketua_panitia = ? where id = ?").params(nomorSk, ketua, id).update();
    jdbc.sql("delete from seleksi_panitia where periode_id = ?").param(id).update();
    List<Object[]> rows = new ArrayList<>();
    members.forEach((peran, names) -> {
      for (int i = 0; i < names.size(); i++) {
        rows.add(new Object[] {id, peran, i + 1, names.get(i)});
      }
    });
    batch.batchUpdate("insert into seleksi_panitia (periode_id, peran, urutan, nama) values (?, ?, ?, ?)", rows);
  }

  void setSchedule(String id, Jadwal j) {
    jdbc.sql("""
            update seleksi_periode set pengumuman_mulai = ?, pengumuman_selesai = ?, batas_pelamaran = ?,
              seleksi_administrasi = ?, tanggal_skd = ?, tanggal_skb = ?, versi_data = versi_data + 1 where id = ?""")
        .params(Date.valueOf(j.pengumumanMulai()), Date.valueOf(j.pengumumanSelesai()), Date.valueOf(j.batasPelamaran()),
            Date.valueOf(j.seleksiAdministrasi()), Date.valueOf(j.tanggalSkd()), Date.valueOf(j.tanggalSkb()), id)
        .update();
  }

  void setExamDate(String id, String column, LocalDate date) {
    jdbc.sql("update seleksi_periode set " + column + " = ? where id = ?").params(Date.valueOf(date), id).update();
  }

  void setAnnouncementContent(String id, String alamat, String syarat, LocalDate terbit) {
    jdbc.sql("update seleksi_periode set alamat_lamaran = ?, syarat_pelamar = ?, pengumuman_terbit = ? where id = ?")
        .params(alamat, syarat, Date.valueOf(terbit), id).update();
  }

  void setFinalReceived(String id, LocalDate received) {
    jdbc.sql("update seleksi_periode set hasil_akhir_diterima = ? where id = ?").params(Date.valueOf(received), id).update();
  }

  void setFinalAnnounced(String id, LocalDate day) {
    jdbc.sql("update seleksi_periode set hasil_akhir_diumumkan = ? where id = ?").params(Date.valueOf(day), id).update();
  }

  /** How many rows of a data table (formasi, applicants, a kind of score) the period has. */
  int count(String table, String id) {
    return jdbc.sql("select count(*) from " + table + " where periode_id = ?").param(id).query(Integer.class).single();
  }

  /** Rows of the period's table that meet a fixed condition of the caller's (never user input). */
  int count(String table, String id, String condition) {
    return jdbc.sql("select count(*) from " + table + " where periode_id = ? and " + condition).param(id)
        .query(Integer.class).single();
  }

  int vacancies(String id) {
    return jdbc.sql("select coalesce(sum(jumlah), 0) from seleksi_formasi where periode_id = ?").param(id)
        .query(Integer.class).single();
  }

  /** The report to the Kepala BKN as sent (X.A): its letter and the stored PDF. */
  void recordProcurementReport(String id, String nomor, LocalDate tanggal, String sha256) {
    jdbc.sql("update seleksi_periode set nomor_laporan_pengadaan = ?, tanggal_laporan_pengadaan = ?, "
        + "sha256_laporan_pengadaan = ? where id = ?").params(nomor, Date.valueOf(tanggal), sha256, id).update();
  }

  Optional<String> procurementReport(String id) {
    return jdbc.sql("select sha256_laporan_pengadaan from seleksi_periode where id = ?").param(id)
        .query(String.class).optional().filter(s -> s != null);
  }

  // imports, events, announcements

  Optional<String> lastImportHash(String id, ImportKind jenis) {
    return jdbc.sql("select sha256 from seleksi_impor where periode_id = ? and jenis = ?").params(id, jenis.name())
        .query(String.class).optional();
  }

  void recordImport(String id, ImportKind jenis, String sha256, int rows, String user, Instant at) {
    jdbc.sql("delete from seleksi_impor where periode_id = ? and jenis = ?").params(id, jenis.name()).update();
    jdbc.sql("insert into seleksi_impor (periode_id, jenis, sha256, jumlah_baris, diimpor, oleh) values (?, ?, ?, ?, ?, ?)")
        .params(id, jenis.name(), sha256, rows, Timestamp.from(at), user).update();
  }

  void addEvent(String id, String peristiwa, String keterangan, String user, Instant at) {
    jdbc.sql("insert into seleksi_riwayat (periode_id, peristiwa, keterangan, oleh, waktu) values (?, ?, ?, ?, ?)")
        .params(id, peristiwa, keterangan, user, Timestamp.from(at)).update();
  }

  /** Records an announcement once; false when it was already published. */
  boolean publish(String id, String jenis, LocalDate day, String keterangan, String user) {
    int existing = jdbc.sql("select count(*) from seleksi_pengumuman where periode_id = ? and jenis = ?")
        .params(id, jenis).query(Integer.class).single();
    if (existing > 0) {
      return false;
    }
    jdbc.sql("insert into seleksi_pengumuman (periode_id, jenis, tanggal, keterangan, oleh) values (?, ?, ?, ?, ?)")
        .params(id, jenis, Date.valueOf(day), keterangan, user).update();
    return true;
  }

  private static Periode periode(ResultSet rs, int n) throws SQLException {
    Jadwal jadwal = rs.getDate("pengumuman_mulai") == null ? null : new Jadwal(date(rs, "pengumuman_mulai"),
        date(rs, "pengumuman_selesai"), date(rs, "batas_pelamaran"), date(rs, "seleksi_administrasi"),
        date(rs, "tanggal_skd"), date(rs, "tanggal_skb"));
    return new Periode(rs.getString("id"), rs.getString("instansi"), rs.getInt("tahun"), rs.getString("status"),
        rs.getString("ketua_panitia"), rs.getString("nomor_sk_panitia"), jadwal, rs.getString("alamat_lamaran"),
        rs.getString("syarat_pelamar"), date(rs, "pengumuman_terbit"), date(rs, "hasil_akhir_diterima"),
        date(rs, "hasil_akhir_diumumkan"), JenisSeleksi.valueOf(rs.getString("jenis")));
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
