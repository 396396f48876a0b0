package id.asn.workflow.recruitment;

import static id.asn.workflow.recruitment.SeleksiRepository.BATCH;

import id.asn.workflow.workforce.Jenjang;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The formasi of a period: the positions it recruits for, as imported. */
@Repository
class FormasiRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  FormasiRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

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

  /** The distinct (certificate required, technical threshold) pairs of the period's formasi, for the PPPK thresholds. */
  List<Object[]> pppkPositionKinds(String id) {
    return jdbc.sql("select distinct sertifikasi_wajib, ambang_teknis from seleksi_formasi where periode_id = ?")
        .param(id).query((rs, n) -> new Object[] {rs.getBoolean(1), (Integer) rs.getObject(2, Integer.class)}).list();
  }

  private static Formasi formasi(ResultSet rs) throws SQLException {
    Set<Pendidikan> levels = EnumSet.noneOf(Pendidikan.class);
    Arrays.stream(rs.getString("kualifikasi_pendidikan").split(";")).map(Pendidikan::valueOf).forEach(levels::add);
    return new Formasi(rs.getString("kode_formasi"), rs.getString("jabatan"), rs.getString("unit_kerja"), levels,
        rs.getInt("jumlah"), rs.getInt("batas_usia"),
        rs.getString("jenjang") == null ? null : Jenjang.valueOf(rs.getString("jenjang")),
        (Integer) rs.getObject("batas_usia_pensiun", Integer.class), rs.getBoolean("sertifikasi_wajib"),
        (Integer) rs.getObject("ambang_teknis", Integer.class), rs.getBoolean("jpt"));
  }
}
