package id.asn.workflow.pertek;

import id.asn.workflow.kernel.JenisAsn;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Collective proposals, their nominative lists and which usul each listed candidate became (V24). */
@Repository
public class CollectiveProposalRepository {

  private final JdbcClient jdbc;

  CollectiveProposalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(CollectiveProposal p, String by, Instant at) {
    jdbc.sql("""
            insert into usul_kolektif (id, instansi, jenis_asn, nomor_surat, tanggal_surat, pejabat_nama, pejabat_nip,
              pejabat_jabatan, tingkat_jabatan, sha256_surat, sha256_daftar, dibuat, dibuat_oleh)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(p.id(), p.instansi(), p.jenisAsn().name(), p.nomorSurat(), p.tanggalSurat(), p.pejabatNama(),
            p.pejabatNip(), p.pejabatJabatan(), p.tingkatJabatan().name(), p.sha256Surat(), p.sha256Daftar(),
            Timestamp.from(at), by)
        .update();
    p.peserta().forEach((nomor, nama) -> jdbc.sql(
            "insert into usul_kolektif_peserta (kolektif_id, nomor_peserta, nama) values (?, ?, ?)")
        .params(p.id(), nomor, nama).update());
  }

  public Optional<CollectiveProposal> find(String id) {
    return jdbc.sql("""
            select id, instansi, jenis_asn, nomor_surat, tanggal_surat, pejabat_nama, pejabat_nip, pejabat_jabatan,
              tingkat_jabatan, sha256_surat, sha256_daftar from usul_kolektif where id = ?""")
        .param(id)
        .query((rs, n) -> new CollectiveProposal(rs.getString(1), rs.getString(2), JenisAsn.valueOf(rs.getString(3)),
            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
            CollectiveProposal.TingkatJabatan.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11),
            peserta(rs.getString(1))))
        .optional();
  }

  /** The proposal the usul was sent in, if any. */
  public Optional<CollectiveProposal> ofUsul(String usulId) {
    return jdbc.sql("select kolektif_id from usul_kolektif_peserta where usul_id = ?").param(usulId)
        .query(String.class).optional().flatMap(this::find);
  }

  /** Marks the listed candidate's usul; false when the candidate is not listed or already has one. */
  public boolean attach(String kolektifId, String nomorPeserta, String usulId) {
    return jdbc.sql("update usul_kolektif_peserta set usul_id = ? where kolektif_id = ? and nomor_peserta = ? "
            + "and usul_id is null")
        .params(usulId, kolektifId, nomorPeserta).update() == 1;
  }

  /** The usul of each listed candidate that has one, nomor peserta → usul id. */
  public Map<String, String> usulOf(String kolektifId) {
    return pairs("select nomor_peserta, usul_id from usul_kolektif_peserta where kolektif_id = ? and usul_id is not null "
        + "order by nomor_peserta", kolektifId);
  }

  private Map<String, String> peserta(String id) {
    return pairs("select nomor_peserta, nama from usul_kolektif_peserta where kolektif_id = ? order by nomor_peserta",
        id);
  }

  private Map<String, String> pairs(String sql, String id) {
    Map<String, String> pairs = new LinkedHashMap<>();
    jdbc.sql(sql).param(id).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
        .forEach(e -> pairs.put(e.getKey(), e.getValue()));
    return pairs;
  }
}
