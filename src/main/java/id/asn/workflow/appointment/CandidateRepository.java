package id.asn.workflow.appointment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the appointment reads of the recruitment's tables: the period's instansi, the hand-off rows it takes, the
 * final ranking a replacement comes from, and each candidate's data and formasi.
 */
@Repository
class CandidateRepository {

  private final JdbcClient jdbc;

  CandidateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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

  /** The candidate's final score in the period, when ranked. */
  Optional<BigDecimal> finalScore(Pengangkatan p) {
    return jdbc.sql("select nilai_akhir from seleksi_hasil_akhir where periode_id = ? and nomor_peserta = ?")
        .params(p.periodeId(), p.nomorPeserta()).query(BigDecimal.class).list().stream()
        .filter(Objects::nonNull).findFirst();
  }
}
