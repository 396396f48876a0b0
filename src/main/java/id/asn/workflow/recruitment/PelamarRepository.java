package id.asn.workflow.recruitment;

import static id.asn.workflow.recruitment.SeleksiRepository.BATCH;
import static id.asn.workflow.recruitment.SeleksiRepository.date;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applicants of a period, with the outcome of their administrative check. */
@Repository
class PelamarRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  PelamarRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  Set<String> applicantNumbers(String id) {
    Set<String> numbers = new HashSet<>();
    jdbc.sql("select nomor_peserta from seleksi_pelamar where periode_id = ?").param(id)
        .query(rs -> { numbers.add(rs.getString(1)); });
    return numbers;
  }

  /** NIKs already registered in the period under another registration number. */
  Map<String, String> nikOwners(String id) {
    Map<String, String> owners = new HashMap<>();
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

  private static Pelamar pelamar(ResultSet rs) throws SQLException {
    return new Pelamar(rs.getString("nomor_peserta"), rs.getString("nik"), rs.getString("nama"),
        date(rs, "tanggal_lahir"), rs.getString("jenis_kelamin"), Pendidikan.valueOf(rs.getString("pendidikan")),
        rs.getString("kode_formasi"), Kategori.valueOf(rs.getString("kategori")), date(rs, "tanggal_melamar"),
        rs.getBoolean("sertifikat_profesi"),
        rs.getString("pemberhentian") == null ? null : Pemberhentian.valueOf(rs.getString("pemberhentian")));
  }
}
