package id.asn.workflow.appointment;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The appointment tables of V12 and V14 and what the appointment reads of the recruitment's. */
@Repository
class AppointmentRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  AppointmentRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Pengangkatan> find(String id) {
    return jdbc.sql("select * from pengangkatan where id = ?").param(id).query(AppointmentRepository::map).optional();
  }

  Optional<Pengangkatan> findByUsul(String usulId) {
    return jdbc.sql("select * from pengangkatan where usul_id = ?").param(usulId).query(AppointmentRepository::map)
        .optional();
  }

  List<Pengangkatan> ofPeriode(String periodeId) {
    return jdbc.sql("select * from pengangkatan where periode_id = ? order by kode_formasi, peringkat")
        .param(periodeId).query(AppointmentRepository::map).list();
  }

  Optional<String> instansiOfPeriode(String periodeId) {
    return jdbc.sql("select instansi from seleksi_periode where id = ?").param(periodeId).query(String.class).optional();
  }

  /**
   * Outbox rows not taken yet, with their kind (PNS → CPNS, PPPK → calon PPPK), locked so that two nodes starting
   * the same period do not both take a row.
   */
  List<Map<String, Object>> untakenHandOffs(String periodeId) {
    return jdbc.sql("""
            select nomor_peserta, kode_formasi, peringkat, jenis from seleksi_serah_pengangkatan
            where periode_id = ? and diambil is null
            order by kode_formasi, peringkat, nomor_peserta for update""")
        .param(periodeId).query().listOfRows();
  }

  void markTaken(String periodeId, String nomorPeserta, Instant now) {
    jdbc.sql("update seleksi_serah_pengangkatan set diambil = ? where periode_id = ? and nomor_peserta = ?")
        .params(Timestamp.from(now), periodeId, nomorPeserta).update();
  }

  /**
   * The next in rank on the final result of the formasi who has no appointment yet and has a final score: for PNS
   * one who sat the SKB (Lampiran I VI.A.6.g), for PPPK one ranked on competence and interview (Lampiran II
   * VI.3.g, VI.6.g.2); the reserves after the candidates who passed.
   */
  Optional<Map<String, Object>> nextInRank(String periodeId, String kodeFormasi) {
    return jdbc.sql("""
            select a.nomor_peserta, a.peringkat from seleksi_hasil_akhir a
            where a.periode_id = ? and a.kode_formasi = ? and a.nilai_akhir is not null
              and not exists (select 1 from pengangkatan p where p.periode_id = a.periode_id
                and p.nomor_peserta = a.nomor_peserta)
            order by a.peringkat, a.nomor_peserta""")
        .params(periodeId, kodeFormasi).query().listOfRows().stream().findFirst();
  }

  Optional<String> replacementOf(String id) {
    return jdbc.sql("select id from pengangkatan where pengganti_dari = ?").param(id).query(String.class).optional();
  }

  Kandidat candidate(Pengangkatan p) {
    return jdbc.sql("""
            select l.nomor_peserta, l.nik, l.nama, l.tanggal_lahir, l.jenis_kelamin, l.pendidikan, f.jabatan, f.unit_kerja
            from seleksi_pelamar l join seleksi_formasi f on f.periode_id = l.periode_id and f.kode_formasi = l.kode_formasi
            where l.periode_id = ? and l.nomor_peserta = ?""")
        .params(p.periodeId(), p.nomorPeserta())
        .query((rs, n) -> new Kandidat(rs.getString("nomor_peserta"), rs.getString("nik"), rs.getString("nama"),
            rs.getObject("tanggal_lahir", LocalDate.class), rs.getString("jenis_kelamin"), rs.getString("pendidikan"),
            rs.getString("jabatan"), rs.getString("unit_kerja")))
        .optional().orElseThrow(() -> new IllegalStateException("Peserta " + p.nomorPeserta() + " tidak ada di periode "
            + p.periodeId()));
  }

  /** Whether the formasi is a JPT utama or madya tertentu, whose PPPK takes the oath of office (Lampiran II VII.B). */
  boolean isJpt(Pengangkatan p) {
    return jdbc.sql("select jpt from seleksi_formasi where periode_id = ? and kode_formasi = ?")
        .params(p.periodeId(), p.kodeFormasi()).query(Boolean.class).optional().orElse(false);
  }

  boolean hasEvent(String id, String peristiwa) {
    return jdbc.sql("select count(*) from pengangkatan_riwayat where pengangkatan_id = ? and peristiwa = ?")
        .params(id, peristiwa).query(Integer.class).single() > 0;
  }

  void insert(String id, JenisAsn jenis, String periodeId, String nomorPeserta, String instansi, String kodeFormasi,
      int peringkat, String penggantiDari, Instant now) {
    jdbc.sql("""
            insert into pengangkatan (id, jenis, periode_id, nomor_peserta, instansi, kode_formasi, peringkat,
              pengganti_dari, status, dibuat, diubah) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, jenis.name(), periodeId, nomorPeserta, instansi, kodeFormasi, peringkat, penggantiDari,
            AppointmentStatus.PANGGILAN.name(), Timestamp.from(now), Timestamp.from(now))
        .update();
  }

  /** Sets columns by name; the names come from this package's code, never from a request. */
  void update(String id, Map<String, Object> columns) {
    Map<String, Object> values = new LinkedHashMap<>(columns);
    values.put("diubah", Timestamp.from(Instant.now(clock)));
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("update pengangkatan set ");
    values.forEach((column, value) -> {
      if (!column.matches("[a-z_0-9]+")) {
        throw new IllegalArgumentException("column " + column);
      }
      sql.append(params.isEmpty() ? "" : ", ").append(column).append(" = ?");
      params.add(value instanceof Enum<?> e ? e.name() : value);
    });
    sql.append(" where id = ?");
    params.add(id);
    jdbc.sql(sql.toString()).params(params).update();
  }

  // documents

  void putDocument(String id, DocumentType jenis, String sha256, String fileName, int size, Instant at) {
    jdbc.sql("delete from pengangkatan_dokumen where pengangkatan_id = ? and jenis = ?").params(id, jenis.name()).update();
    jdbc.sql("""
            insert into pengangkatan_dokumen (pengangkatan_id, jenis, sha256, nama_file, ukuran, diunggah)
            values (?, ?, ?, ?, ?, ?)""")
        .params(id, jenis.name(), sha256, fileName, size, Timestamp.from(at)).update();
  }

  /** The current file of each type: type → {sha256, nama_file}. */
  Map<DocumentType, String[]> documents(String id) {
    Map<DocumentType, String[]> documents = new LinkedHashMap<>();
    jdbc.sql("select jenis, sha256, nama_file from pengangkatan_dokumen where pengangkatan_id = ? order by jenis")
        .param(id).query((ResultSet rs) -> {
          documents.put(DocumentType.valueOf(rs.getString("jenis")),
              new String[] {rs.getString("sha256"), rs.getString("nama_file")});
        });
    return documents;
  }

  // completeness reviews

  int nextRound(String id) {
    return jdbc.sql("select coalesce(max(putaran), 0) + 1 from pengangkatan_penilaian where pengangkatan_id = ?")
        .param(id).query(Integer.class).single();
  }

  void review(String id, int round, DocumentReview review, String by, Instant at) {
    jdbc.sql("""
            insert into pengangkatan_penilaian (pengangkatan_id, putaran, jenis, status, alasan, oleh, waktu)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, round, review.dokumen().name(), review.status().name(), review.alasan(), by, Timestamp.from(at))
        .update();
  }

  // history

  void event(String id, String peristiwa, String keterangan, String by) {
    jdbc.sql("insert into pengangkatan_riwayat (pengangkatan_id, peristiwa, keterangan, oleh, waktu) values (?, ?, ?, ?, ?)")
        .params(id, peristiwa, keterangan.length() > 4000 ? keterangan.substring(0, 4000) : keterangan, by,
            Timestamp.from(Instant.now(clock)))
        .update();
  }

  List<Map<String, Object>> events(String id) {
    return jdbc.sql("select peristiwa, keterangan, oleh, waktu from pengangkatan_riwayat where pengangkatan_id = ? "
        + "order by id").param(id).query().listOfRows();
  }

  private static Pengangkatan map(ResultSet rs, int row) throws SQLException {
    return new Pengangkatan(rs.getString("id"), JenisAsn.valueOf(rs.getString("jenis")), rs.getString("periode_id"), rs.getString("nomor_peserta"),
        rs.getString("instansi"), rs.getString("kode_formasi"), rs.getInt("peringkat"), rs.getString("pengganti_dari"),
        AppointmentStatus.valueOf(rs.getString("status")), date(rs, "tanggal_panggilan"),
        rs.getInt("tambahan_hari_kerja"), date(rs, "batas_dokumen"), rs.getString("tempat_lahir"), rs.getString("agama"),
        rs.getString("usul_id"), date(rs, "tmt_cpns"), rs.getString("nomor_induk"), date(rs, "tanggal_nip"),
        rs.getString("golongan_ruang"), rs.getString("nomor_sk_cpns"), date(rs, "tanggal_sk_cpns"),
        date(rs, "tanggal_sk_diserahkan"), date(rs, "tanggal_spmt"), rs.getObject("gaji_pokok", Long.class),
        rs.getObject("gaji_cpns", Long.class), rs.getObject("masa_kerja_bulan", Integer.class),
        rs.getString("hasil_latsar"), rs.getString("hasil_kesehatan"), rs.getString("nomor_sk_pns"),
        date(rs, "tmt_pns"), date(rs, "tanggal_sumpah"), rs.getString("berita_acara_sha256"),
        rs.getString("alasan_berhenti"), rs.getString("kelas_pemberhentian"),
        rs.getObject("tahun_dilarang_melamar", Integer.class), date(rs, "batas_laporan_penggantian"),
        rs.getString("nomor_sk_calon_pppk"), date(rs, "tanggal_sk_calon_pppk"), date(rs, "tanggal_usul"),
        rs.getBoolean("terlambat_nomor_induk"), rs.getString("nomor_perjanjian_kerja"),
        date(rs, "tanggal_perjanjian_kerja"), rs.getString("nomor_sk_pppk"), date(rs, "tanggal_sk_pppk"),
        date(rs, "tanggal_kirim_bkn"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
