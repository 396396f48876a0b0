package id.asn.workflow.workforce;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plannings (kebutuhan_penyusunan) and their history (kebutuhan_riwayat). */
@Repository
class PlanningRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  PlanningRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One entry of a planning's history: a warning, a late mark, a submission, a return, an issue. */
  record Event(String peristiwa, String keterangan, String oleh, Instant waktu) {}

  void insert(Planning p) {
    jdbc.sql("""
            insert into kebutuhan_penyusunan (id, instansi, nama_instansi, jenis_instansi, tahun, tanggal_data, status,
              perubahan_anggaran, batas_penyampaian, tanggal_peringatan, terlambat, dibuat, diperbarui)
            values (:id, :instansi, :nama, :jenis, :tahun, :data, :status, :perubahan, :batas, :peringatan, false, :now, :now)""")
        .param("id", p.id())
        .param("instansi", p.instansi())
        .param("nama", p.namaInstansi())
        .param("jenis", p.jenisInstansi().name())
        .param("tahun", p.tahun())
        .param("data", p.tanggalData())
        .param("status", p.status().name())
        .param("perubahan", p.perubahanAnggaran())
        .param("batas", p.batasPenyampaian())
        .param("peringatan", p.tanggalPeringatan())
        .param("now", Timestamp.from(p.dibuat()))
        .update();
  }

  Optional<Planning> findById(String id) {
    return jdbc.sql("select * from kebutuhan_penyusunan where id = ?").param(id).query(PlanningRepository::map).optional();
  }

  /**
   * The planning, its row locked until the transaction ends: two imports of one planning, or an import and
   * the stage moving on, take their turns instead of interleaving.
   */
  Optional<Planning> findByIdForUpdate(String id) {
    return jdbc.sql("select * from kebutuhan_penyusunan where id = ? for update").param(id)
        .query(PlanningRepository::map).optional();
  }

  Planning get(String id) {
    return findById(id).orElseThrow(() -> new IllegalStateException("Penyusunan " + id + " tidak ada"));
  }

  /** Plannings of some instansi (null: all) and a year (null: any), newest year first. */
  List<Planning> list(Set<String> instansi, Integer tahun) {
    if (instansi != null && instansi.isEmpty()) {
      return List.of();
    }
    String where = (instansi == null ? "1 = 1" : "instansi in (:instansi)") + (tahun == null ? "" : " and tahun = :tahun");
    JdbcClient.StatementSpec spec = jdbc.sql("select * from kebutuhan_penyusunan where " + where
        + " order by tahun desc, instansi");
    if (instansi != null) {
      spec = spec.param("instansi", instansi);
    }
    if (tahun != null) {
      spec = spec.param("tahun", tahun);
    }
    return spec.query(PlanningRepository::map).list();
  }

  void setStatus(String id, PlanningStatus status) {
    update(id, "status = ?", status.name());
  }

  void setDeadline(String id, LocalDate batas, LocalDate peringatan, boolean terlambat) {
    jdbc.sql("update kebutuhan_penyusunan set batas_penyampaian = ?, tanggal_peringatan = ?, terlambat = ?, diperbarui = ? "
            + "where id = ?")
        .params(batas, peringatan, terlambat, now(), id).update();
  }

  void setWarningDay(String id, LocalDate peringatan) {
    jdbc.sql("update kebutuhan_penyusunan set tanggal_peringatan = ?, diperbarui = ? where id = ?")
        .params(peringatan, now(), id).update();
  }

  /** Records the budget change once; false when it was already recorded. */
  boolean markBudgetChanged(String id) {
    return jdbc.sql("update kebutuhan_penyusunan set perubahan_anggaran = true, diperbarui = ? "
            + "where id = ? and perubahan_anggaran = false and disampaikan is null")
        .params(now(), id).update() == 1;
  }

  /** Records that the instansi was warned of this deadline; false if it already was (a retried timer). */
  boolean markWarned(String id, LocalDate deadline) {
    return jdbc.sql("update kebutuhan_penyusunan set peringatan_untuk = ?, diperbarui = ? where id = ? "
            + "and disampaikan is null and (peringatan_untuk is null or peringatan_untuk <> ?)")
        .params(deadline, now(), id, deadline).update() == 1;
  }

  boolean markLate(String id) {
    return jdbc.sql("update kebutuhan_penyusunan set terlambat = true, diperbarui = ? where id = ? "
            + "and disampaikan is null and terlambat = false")
        .params(now(), id).update() == 1;
  }

  void recordSubmission(String id, Instant at, boolean late) {
    jdbc.sql("""
            update kebutuhan_penyusunan set disampaikan = coalesce(disampaikan, :at), disampaikan_terakhir = :at,
              terlambat = case when disampaikan is null then :late else terlambat end, diperbarui = :at
            where id = :id""")
        .param("at", Timestamp.from(at)).param("late", late).param("id", id).update();
  }

  void saveAttachments(String id, Attachments a) {
    jdbc.sql("""
            update kebutuhan_penyusunan set karakteristik_instansi = :karakteristik, kondisi_geografis = :geografis,
              potensi_daerah = :potensi, jumlah_penduduk = :penduduk, luas_wilayah = :luas,
              jumlah_kabupaten_kota = :kabKota, belanja_pegawai = :pegawai, belanja_total = :total, diperbarui = :now
            where id = :id""")
        .param("karakteristik", a.karakteristikInstansi())
        .param("geografis", a.kondisiGeografis())
        .param("potensi", a.potensiDaerah())
        .param("penduduk", a.jumlahPenduduk())
        .param("luas", a.luasWilayah())
        .param("kabKota", a.jumlahKabupatenKota())
        .param("pegawai", a.belanjaPegawai())
        .param("total", a.belanjaTotal())
        .param("now", now())
        .param("id", id)
        .update();
  }

  void saveLetter(String id, SubmissionLetter letter) {
    jdbc.sql("update kebutuhan_penyusunan set nomor_surat = ?, tanggal_surat = ?, disahkan_oleh = ?, diperbarui = ? "
            + "where id = ?")
        .params(letter.nomorSurat(), letter.tanggalSurat(), letter.disahkanOleh(), now(), id).update();
  }

  void setReturnReason(String id, String alasan) {
    update(id, "alasan_pengembalian = ?", alasan);
  }

  void saveAnalysisReport(String id, String laporan) {
    update(id, "laporan_analisis = ?", laporan);
  }

  void saveConsideration(String id, String catatan) {
    update(id, "catatan_pertimbangan = ?", catatan);
  }

  void issue(String id, String nomor, LocalDate tanggal) {
    jdbc.sql("update kebutuhan_penyusunan set nomor_pertimbangan = ?, tanggal_pertimbangan = ?, status = ?, diperbarui = ? "
            + "where id = ?")
        .params(nomor, tanggal, PlanningStatus.SELESAI.name(), now(), id).update();
  }

  void addEvent(String id, String peristiwa, String keterangan, String oleh, Instant at) {
    jdbc.sql("insert into kebutuhan_riwayat (penyusunan_id, peristiwa, keterangan, oleh, waktu) values (?, ?, ?, ?, ?)")
        .params(id, peristiwa, keterangan, oleh, Timestamp.from(at)).update();
  }

  /** Newest first, in the order they were recorded. */
  List<Event> events(String id) {
    return jdbc.sql("select peristiwa, keterangan, oleh, waktu from kebutuhan_riwayat where penyusunan_id = ? "
            + "order by id desc")
        .param(id)
        .query((rs, n) -> new Event(rs.getString("peristiwa"), rs.getString("keterangan"), rs.getString("oleh"),
            rs.getTimestamp("waktu").toInstant()))
        .list();
  }

  private void update(String id, String assignment, Object value) {
    jdbc.sql("update kebutuhan_penyusunan set " + assignment + ", diperbarui = ? where id = ?")
        .params(value, now(), id).update();
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }

  static Planning map(ResultSet rs, int row) throws SQLException {
    Attachments lampiran = new Attachments(rs.getString("karakteristik_instansi"), rs.getString("kondisi_geografis"),
        rs.getString("potensi_daerah"), rs.getObject("jumlah_penduduk", Long.class),
        rs.getBigDecimal("luas_wilayah"), rs.getObject("jumlah_kabupaten_kota", Integer.class),
        rs.getBigDecimal("belanja_pegawai"), rs.getBigDecimal("belanja_total"));
    SubmissionLetter surat = rs.getString("nomor_surat") == null ? null : new SubmissionLetter(rs.getString("nomor_surat"),
        rs.getObject("tanggal_surat", LocalDate.class), rs.getString("disahkan_oleh"));
    return new Planning(
        rs.getString("id"),
        rs.getString("instansi"),
        rs.getString("nama_instansi"),
        JenisInstansi.valueOf(rs.getString("jenis_instansi")),
        rs.getInt("tahun"),
        rs.getObject("tanggal_data", LocalDate.class),
        PlanningStatus.valueOf(rs.getString("status")),
        rs.getBoolean("perubahan_anggaran"),
        rs.getObject("batas_penyampaian", LocalDate.class),
        rs.getObject("tanggal_peringatan", LocalDate.class),
        rs.getObject("peringatan_untuk", LocalDate.class),
        rs.getBoolean("terlambat"),
        instant(rs, "disampaikan"),
        instant(rs, "disampaikan_terakhir"),
        lampiran.isEmpty() ? null : lampiran,
        surat,
        rs.getString("alasan_pengembalian"),
        rs.getString("laporan_analisis"),
        rs.getString("catatan_pertimbangan"),
        rs.getString("nomor_pertimbangan"),
        rs.getObject("tanggal_pertimbangan", LocalDate.class),
        instant(rs, "dibuat"),
        instant(rs, "diperbarui"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
