package id.asn.workflow.workforce;

import id.asn.workflow.kernel.JenisAsn;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A planning's data: units, positions, workload tasks, staff, the last import of each kind, the
 * instansi's priorities and BKN's determined numbers. An import replaces its whole set.
 */
@Repository
class PlanningDataRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  PlanningDataRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  List<OrgUnit> units(String id) {
    return jdbc.sql("select kode, nama, kode_induk, urutan from kebutuhan_unit where penyusunan_id = ? order by urutan")
        .param(id)
        .query((rs, n) -> new OrgUnit(rs.getString("kode"), rs.getString("nama"), rs.getString("kode_induk"),
            rs.getInt("urutan")))
        .list();
  }

  List<Position> positions(String id) {
    return jdbc.sql("""
            select kode, nama, kode_unit, jenjang, kelas_jabatan, kualifikasi_pendidikan, ikhtisar, urutan
            from kebutuhan_jabatan where penyusunan_id = ? order by urutan""")
        .param(id)
        .query((rs, n) -> new Position(rs.getString("kode"), rs.getString("nama"), rs.getString("kode_unit"),
            Jenjang.valueOf(rs.getString("jenjang")), rs.getInt("kelas_jabatan"), rs.getString("kualifikasi_pendidikan"),
            rs.getString("ikhtisar"), rs.getInt("urutan")))
        .list();
  }

  /** The tasks of each position, in import order. */
  Map<String, List<PositionTask>> tasks(String id) {
    Map<String, List<PositionTask>> tasks = new LinkedHashMap<>();
    jdbc.sql("""
            select kode_jabatan, uraian, satuan_hasil, volume_per_tahun, norma_waktu_menit, urutan
            from kebutuhan_tugas where penyusunan_id = ? order by urutan""")
        .param(id)
        .query((rs, n) -> new PositionTask(rs.getString("kode_jabatan"), rs.getString("uraian"), rs.getString("satuan_hasil"),
            rs.getBigDecimal("volume_per_tahun"), rs.getBigDecimal("norma_waktu_menit"), rs.getInt("urutan")))
        .list()
        .forEach(t -> tasks.computeIfAbsent(t.kodeJabatan(), k -> new ArrayList<>()).add(t));
    return tasks;
  }

  List<StaffMember> staff(String id) {
    return jdbc.sql("""
            select nip, nama, kode_jabatan, jenis_asn, tanggal_lahir, akhir_perjanjian
            from kebutuhan_pegawai where penyusunan_id = ? order by nip""")
        .param(id)
        .query((rs, n) -> new StaffMember(rs.getString("nip"), rs.getString("nama"), rs.getString("kode_jabatan"),
            JenisAsn.valueOf(rs.getString("jenis_asn")), rs.getObject("tanggal_lahir", LocalDate.class),
            rs.getObject("akhir_perjanjian", LocalDate.class)))
        .list();
  }

  PlanningSummaries.Counts counts(String id) {
    return new PlanningSummaries.Counts(count("kebutuhan_unit", id), count("kebutuhan_jabatan", id),
        count("kebutuhan_tugas", id), count("kebutuhan_pegawai", id));
  }

  private int count(String table, String id) {
    return jdbc.sql("select count(*) from " + table + " where penyusunan_id = ?").param(id).query(Integer.class).single();
  }

  /** Position codes used by workload tasks or staff: a positions import must keep them. */
  List<String> positionCodesInUse(String id) {
    return jdbc.sql("""
            select kode_jabatan from kebutuhan_tugas where penyusunan_id = :id
            union select kode_jabatan from kebutuhan_pegawai where penyusunan_id = :id""")
        .param("id", id).query(String.class).list();
  }

  /** Unit codes positions are in: a units import must keep them. */
  List<String> unitCodesInUse(String id) {
    return jdbc.sql("select distinct kode_unit from kebutuhan_jabatan where penyusunan_id = ?").param(id)
        .query(String.class).list();
  }

  void replaceUnits(String id, List<OrgUnit> units) {
    jdbc.sql("delete from kebutuhan_unit where penyusunan_id = ?").param(id).update();
    batch.batchUpdate("insert into kebutuhan_unit (penyusunan_id, kode, nama, kode_induk, urutan) values (?, ?, ?, ?, ?)",
        units.stream().map(u -> new Object[] {id, u.kode(), u.nama(), u.kodeInduk(), u.urutan()}).toList());
  }

  void replacePositions(String id, List<Position> positions) {
    jdbc.sql("delete from kebutuhan_jabatan where penyusunan_id = ?").param(id).update();
    batch.batchUpdate("""
            insert into kebutuhan_jabatan (penyusunan_id, kode, nama, kode_unit, jenis_jabatan, jenjang, kelas_jabatan,
              kualifikasi_pendidikan, ikhtisar, urutan) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        positions.stream().map(p -> new Object[] {id, p.kode(), p.nama(), p.kodeUnit(), p.jenis().name(),
            p.jenjang().name(), p.kelasJabatan(), p.kualifikasiPendidikan(), p.ikhtisar(), p.urutan()}).toList());
  }

  void replaceTasks(String id, List<PositionTask> tasks) {
    jdbc.sql("delete from kebutuhan_tugas where penyusunan_id = ?").param(id).update();
    batch.batchUpdate("""
            insert into kebutuhan_tugas (penyusunan_id, kode_jabatan, urutan, uraian, satuan_hasil, volume_per_tahun,
              norma_waktu_menit) values (?, ?, ?, ?, ?, ?, ?)""",
        tasks.stream().map(t -> new Object[] {id, t.kodeJabatan(), t.urutan(), t.uraian(), t.satuanHasil(),
            t.volumePerTahun(), t.normaWaktuMenit()}).toList());
  }

  void replaceStaff(String id, List<StaffMember> staff) {
    jdbc.sql("delete from kebutuhan_pegawai where penyusunan_id = ?").param(id).update();
    batch.batchUpdate("""
            insert into kebutuhan_pegawai (penyusunan_id, nip, nama, kode_jabatan, jenis_asn, tanggal_lahir,
              akhir_perjanjian) values (?, ?, ?, ?, ?, ?, ?)""",
        staff.stream().map(s -> new Object[] {id, s.nip(), s.nama(), s.kodeJabatan(), s.jenisAsn().name(),
            Date.valueOf(s.tanggalLahir()), s.akhirPerjanjian() == null ? null : Date.valueOf(s.akhirPerjanjian())})
            .toList());
  }

  Optional<String> lastImportHash(String id, ImportKind kind) {
    return jdbc.sql("select sha256 from kebutuhan_impor where penyusunan_id = ? and jenis = ?")
        .params(id, kind.name()).query(String.class).optional();
  }

  void recordImport(String id, ImportKind kind, String sha256, int rows, String user, Instant at) {
    int updated = jdbc.sql("update kebutuhan_impor set sha256 = ?, jumlah_baris = ?, diimpor = ?, oleh = ? "
            + "where penyusunan_id = ? and jenis = ?")
        .params(sha256, rows, Timestamp.from(at), user, id, kind.name()).update();
    if (updated == 0) {
      jdbc.sql("insert into kebutuhan_impor (penyusunan_id, jenis, sha256, jumlah_baris, diimpor, oleh) "
              + "values (?, ?, ?, ?, ?, ?)")
          .params(id, kind.name(), sha256, rows, Timestamp.from(at), user).update();
    }
  }

  List<String> priorities(String id) {
    return jdbc.sql("select kode_jabatan from kebutuhan_prioritas where penyusunan_id = ? order by urutan")
        .param(id).query(String.class).list();
  }

  void savePriorities(String id, List<String> codes) {
    jdbc.sql("delete from kebutuhan_prioritas where penyusunan_id = ?").param(id).update();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      rows.add(new Object[] {id, codes.get(i), i + 1});
    }
    batch.batchUpdate("insert into kebutuhan_prioritas (penyusunan_id, kode_jabatan, urutan) values (?, ?, ?)", rows);
  }

  Map<String, Integer> determined(String id) {
    Map<String, Integer> needs = new LinkedHashMap<>();
    jdbc.sql("select kode_jabatan, jumlah from kebutuhan_penetapan where penyusunan_id = ? order by kode_jabatan")
        .param(id)
        .query((rs, n) -> Map.entry(rs.getString("kode_jabatan"), rs.getInt("jumlah")))
        .list()
        .forEach(e -> needs.put(e.getKey(), e.getValue()));
    return needs;
  }

  void saveDetermined(String id, Map<String, Integer> needs) {
    jdbc.sql("delete from kebutuhan_penetapan where penyusunan_id = ?").param(id).update();
    batch.batchUpdate("insert into kebutuhan_penetapan (penyusunan_id, kode_jabatan, jumlah) values (?, ?, ?)",
        needs.entrySet().stream().map(e -> new Object[] {id, e.getKey(), e.getValue()}).toList());
  }
}
