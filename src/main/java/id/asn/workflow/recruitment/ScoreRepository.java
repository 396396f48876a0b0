package id.asn.workflow.recruitment;

import static id.asn.workflow.recruitment.SeleksiRepository.BATCH;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scores of a period's applicants as imported (SKD and SKB for PNS, competence and interview for PPPK), who
 * passed on them, and the hand-off of the final result's passing candidates to the appointment.
 */
@Repository
class ScoreRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  ScoreRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

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

  /** Registration numbers of those who passed SKD (the SKD result must be up to date). */
  List<String> passedSkd(String id) {
    return jdbc.sql("select nomor_peserta from seleksi_hasil_skd where periode_id = ? and lulus = true").param(id)
        .query(String.class).list();
  }

  /** How many pass the final result (the result must be up to date). */
  int passedFinal(String id) {
    return jdbc.sql("select count(*) from seleksi_hasil_akhir where periode_id = ? and lulus = true").param(id)
        .query(Integer.class).single();
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
}
