package id.asn.workflow.recruitment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The committee's corrections of the administrative selection, and the administrative result they change. */
@Repository
class CorrectionRepository {

  record Correction(String nomorPeserta, boolean lulus, String alasan) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  CorrectionRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

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
}
