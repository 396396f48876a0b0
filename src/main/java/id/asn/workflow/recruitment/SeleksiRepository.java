package id.asn.workflow.recruitment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import id.asn.workflow.workforce.Jenjang;

/** A period and its data: formasi, applicants, scores, the committee's corrections, imports, announcements. */
@Repository
class SeleksiRepository {

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

  Map<String, List<String>> committee(String id) {
    Map<String, List<String>> members = new LinkedHashMap<>();
    jdbc.sql("select peran, nama from seleksi_panitia where periode_id = ? order by peran, urutan").param(id)
        .query(rs -> {
          members.computeIfAbsent(rs.getString("peran"), k -> new ArrayList<>()).add(rs.getString("nama"));
        });
    return members;
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

  // formasi

  List<Formasi> formasi(String id) {
    return jdbc.sql("select * from seleksi_formasi where periode_id = ? order by kode_formasi").param(id)
        .query((rs, n) -> formasi(rs)).list();
  }

  void upsertFormasi(String id, List<Formasi> rows) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<Formasi> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
      batch.batchUpdate("delete from seleksi_formasi where periode_id = ? and kode_formasi = ?",
          chunk.stream().map(f -> new Object[] {id, f.kode()}).toList());
      batch.batchUpdate("""
              insert into seleksi_formasi (periode_id, kode_formasi, jabatan, unit_kerja, kualifikasi_pendidikan, jumlah,
                batas_usia, jenjang, batas_usia_pensiun, sertifikasi_wajib, ambang_teknis, jpt)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
          chunk.stream().map(f -> new Object[] {id, f.kode(), f.jabatan(), f.unitKerja(), f.kualifikasiText(), f.jumlah(),
              f.batasUsia(), f.jenjang() == null ? null : f.jenjang().name(), f.batasUsiaPensiun(), f.sertifikasiWajib(),
              f.ambangTeknis(), f.jpt()}).toList());
    }
  }

  // applicants

  Set<String> applicantNumbers(String id) {
    Set<String> numbers = new java.util.HashSet<>();
    jdbc.sql("select nomor_peserta from seleksi_pelamar where periode_id = ?").param(id)
        .query(rs -> { numbers.add(rs.getString(1)); });
    return numbers;
  }

  /** NIKs already registered in the period under another registration number. */
  Map<String, String> nikOwners(String id) {
    Map<String, String> owners = new java.util.HashMap<>();
    jdbc.sql("select nik, nomor_peserta from seleksi_pelamar where periode_id = ?").param(id)
        .query(rs -> { owners.put(rs.getString(1), rs.getString(2)); });
    return owners;
  }

  /** Writes applicants with their administrative check, replacing those with the same registration number. */
  void upsertApplicants(String id, List<Pelamar> rows, List<Eligibility.Decision> decisions) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      int to = Math.min(rows.size(), from + BATCH);
      List<Object[]> keys = new ArrayList<>();
      List<Object[]> values = new ArrayList<>();
      for (int i = from; i < to; i++) {
        Pelamar p = rows.get(i);
        Eligibility.Decision d = decisions.get(i);
        keys.add(new Object[] {id, p.nomorPeserta()});
        values.add(new Object[] {id, p.nomorPeserta(), p.nik(), p.nama(), Date.valueOf(p.tanggalLahir()), p.jenisKelamin(),
            p.pendidikan().name(), p.kodeFormasi(), p.kategori().name(),
            p.tanggalMelamar() == null ? null : Date.valueOf(p.tanggalMelamar()), d.memenuhiSyarat(), d.alasanText(),
            p.sertifikatProfesi(), p.pemberhentian() == null ? null : p.pemberhentian().name()});
      }
      batch.batchUpdate("delete from seleksi_pelamar where periode_id = ? and nomor_peserta = ?", keys);
      batch.batchUpdate("""
          insert into seleksi_pelamar (periode_id, nomor_peserta, nik, nama, tanggal_lahir, jenis_kelamin, pendidikan,
            kode_formasi, kategori, tanggal_melamar, memenuhi_syarat, alasan_tms, sertifikat_profesi, pemberhentian)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
    }
  }

  /** Streams every applicant of the period, in registration-number order. */
  void eachApplicant(String id, Consumer<Pelamar> each) {
    batch.query(con -> {
      var statement = con.prepareStatement("select * from seleksi_pelamar where periode_id = ? order by nomor_peserta");
      statement.setFetchSize(BATCH);
      statement.setString(1, id);
      return statement;
    }, rs -> {
      each.accept(pelamar(rs));
    });
  }

  void updateEligibility(String id, List<Object[]> nomorLulusAlasan) {
    batch.batchUpdate("update seleksi_pelamar set memenuhi_syarat = ?, alasan_tms = ? where periode_id = ? and nomor_peserta = ?",
        nomorLulusAlasan.stream().map(r -> new Object[] {r[1], r[2], id, r[0]}).toList());
  }

  record Correction(String nomorPeserta, boolean lulus, String alasan) {}

  void saveCorrections(String id, List<Correction> corrections, String user, Instant now) {
    batch.batchUpdate("delete from seleksi_koreksi_administrasi where periode_id = ? and nomor_peserta = ?",
        corrections.stream().map(c -> new Object[] {id, c.nomorPeserta()}).toList());
    batch.batchUpdate("""
            insert into seleksi_koreksi_administrasi (periode_id, nomor_peserta, lulus, alasan, oleh, waktu)
            values (?, ?, ?, ?, ?, ?)""",
        corrections.stream().map(c -> new Object[] {id, c.nomorPeserta(), c.lulus(), c.alasan(), user, Timestamp.from(now)})
            .toList());
  }

  /** Administrative result counts: [passed, failed] with corrections applied. */
  int[] administrativeCounts(String id) {
    return jdbc.sql("""
            select sum(case when coalesce(k.lulus, p.memenuhi_syarat) then 1 else 0 end) as lulus, count(*) as semua
            from seleksi_pelamar p left join seleksi_koreksi_administrasi k
              on k.periode_id = p.periode_id and k.nomor_peserta = p.nomor_peserta
            where p.periode_id = ?""")
        .param(id).query((rs, n) -> new int[] {rs.getInt("lulus"), rs.getInt("semua") - rs.getInt("lulus")}).single();
  }

  /** Registration numbers of those who passed SKD (the SKD result must be up to date). */
  List<String> passedSkd(String id) {
    return jdbc.sql("select nomor_peserta from seleksi_hasil_skd where periode_id = ? and lulus = true").param(id)
        .query(String.class).list();
  }

  /**
   * Hands every passing candidate of the final result to the appointment of the period's kind, once; returns how many
   * were new.
   */
  int handOff(String id, JenisSeleksi jenis, Instant now) {
    return jdbc.sql("""
            insert into seleksi_serah_pengangkatan (periode_id, nomor_peserta, kode_formasi, peringkat, nilai_akhir,
              diserahkan, jenis)
            select a.periode_id, a.nomor_peserta, a.kode_formasi, a.peringkat, a.nilai_akhir, ?, ?
            from seleksi_hasil_akhir a
            where a.periode_id = ? and a.lulus = true and not exists (select 1 from seleksi_serah_pengangkatan s
              where s.periode_id = a.periode_id and s.nomor_peserta = a.nomor_peserta)""")
        .params(Timestamp.from(now), jenis.name(), id).update();
  }

  /** The distinct (certificate required, technical threshold) pairs of the period's formasi, for the PPPK thresholds. */
  List<Object[]> pppkPositionKinds(String id) {
    return jdbc.sql("select distinct sertifikasi_wajib, ambang_teknis from seleksi_formasi where periode_id = ?")
        .param(id).query((rs, n) -> new Object[] {rs.getBoolean(1), (Integer) rs.getObject(2, Integer.class)}).list();
  }

  // scores

  void upsertSkd(String id, List<SkdScore> rows) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<SkdScore> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
      batch.batchUpdate("delete from seleksi_nilai_skd where periode_id = ? and nomor_peserta = ?",
          chunk.stream().map(s -> new Object[] {id, s.nomorPeserta()}).toList());
      batch.batchUpdate("insert into seleksi_nilai_skd (periode_id, nomor_peserta, twk, tiu, tkp) values (?, ?, ?, ?, ?)",
          chunk.stream().map(s -> new Object[] {id, s.nomorPeserta(), s.twk(), s.tiu(), s.tkp()}).toList());
    }
  }

  void upsertSkb(String id, List<SkbScore> rows) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<SkbScore> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
      batch.batchUpdate("delete from seleksi_nilai_skb where periode_id = ? and nomor_peserta = ?",
          chunk.stream().map(s -> new Object[] {id, s.nomorPeserta()}).toList());
      batch.batchUpdate("insert into seleksi_nilai_skb (periode_id, nomor_peserta, nilai_skb) values (?, ?, ?)",
          chunk.stream().map(s -> new Object[] {id, s.nomorPeserta(), s.nilaiSkb()}).toList());
    }
  }

  void upsertKompetensi(String id, List<KompetensiScore> rows) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<KompetensiScore> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
      batch.batchUpdate("delete from seleksi_nilai_kompetensi where periode_id = ? and nomor_peserta = ?",
          chunk.stream().map(s -> new Object[] {id, s.nomorPeserta()}).toList());
      batch.batchUpdate("""
              insert into seleksi_nilai_kompetensi (periode_id, nomor_peserta, teknis, manajerial_sosial_kultural, wawancara)
              values (?, ?, ?, ?, ?)""",
          chunk.stream().map(s -> new Object[] {id, s.nomorPeserta(), s.teknis(), s.manajerialSosialKultural(),
              s.wawancara()}).toList());
    }
  }

  /** How many pass the final result (the result must be up to date). */
  int passedFinal(String id) {
    return jdbc.sql("select count(*) from seleksi_hasil_akhir where periode_id = ? and lulus = true").param(id)
        .query(Integer.class).single();
  }

  int count(String table, String id) {
    return jdbc.sql("select count(*) from " + table + " where periode_id = ?").param(id).query(Integer.class).single();
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

  List<Map<String, Object>> announcements(String id) {
    return jdbc.sql("select jenis, tanggal, keterangan from seleksi_pengumuman where periode_id = ? order by tanggal, jenis")
        .param(id).query().listOfRows();
  }

  static Periode periode(ResultSet rs, int n) throws SQLException {
    Jadwal jadwal = rs.getDate("pengumuman_mulai") == null ? null : new Jadwal(date(rs, "pengumuman_mulai"),
        date(rs, "pengumuman_selesai"), date(rs, "batas_pelamaran"), date(rs, "seleksi_administrasi"),
        date(rs, "tanggal_skd"), date(rs, "tanggal_skb"));
    return new Periode(rs.getString("id"), rs.getString("instansi"), rs.getInt("tahun"), rs.getString("status"),
        rs.getString("ketua_panitia"), rs.getString("nomor_sk_panitia"), jadwal, rs.getString("alamat_lamaran"),
        rs.getString("syarat_pelamar"), date(rs, "pengumuman_terbit"), date(rs, "hasil_akhir_diterima"),
        date(rs, "hasil_akhir_diumumkan"), JenisSeleksi.valueOf(rs.getString("jenis")));
  }

  static Formasi formasi(ResultSet rs) throws SQLException {
    Set<Pendidikan> levels = EnumSet.noneOf(Pendidikan.class);
    Arrays.stream(rs.getString("kualifikasi_pendidikan").split(";")).map(Pendidikan::valueOf).forEach(levels::add);
    return new Formasi(rs.getString("kode_formasi"), rs.getString("jabatan"), rs.getString("unit_kerja"), levels,
        rs.getInt("jumlah"), rs.getInt("batas_usia"),
        rs.getString("jenjang") == null ? null : Jenjang.valueOf(rs.getString("jenjang")),
        (Integer) rs.getObject("batas_usia_pensiun", Integer.class), rs.getBoolean("sertifikasi_wajib"),
        (Integer) rs.getObject("ambang_teknis", Integer.class), rs.getBoolean("jpt"));
  }

  static Pelamar pelamar(ResultSet rs) throws SQLException {
    return new Pelamar(rs.getString("nomor_peserta"), rs.getString("nik"), rs.getString("nama"),
        date(rs, "tanggal_lahir"), rs.getString("jenis_kelamin"), Pendidikan.valueOf(rs.getString("pendidikan")),
        rs.getString("kode_formasi"), Kategori.valueOf(rs.getString("kategori")), date(rs, "tanggal_melamar"),
        rs.getBoolean("sertifikat_profesi"),
        rs.getString("pemberhentian") == null ? null : Pemberhentian.valueOf(rs.getString("pemberhentian")));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
