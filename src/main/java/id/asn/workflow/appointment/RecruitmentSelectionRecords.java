package id.asn.workflow.appointment;

import id.asn.workflow.pertek.SelectionRecords;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recruitment records this system holds, as the Kanreg's pre-check reads them: the period's formasi, the
 * candidate's application and final result, and whether an appointment called them as a replacement.
 */
@Component
class RecruitmentSelectionRecords implements SelectionRecords {

  private final JdbcClient jdbc;

  RecruitmentSelectionRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Facts> facts(String periodeId, String nomorPeserta, String kodeFormasi) {
    if (jdbc.sql("select count(*) from seleksi_periode where id = ?").param(periodeId).query(Integer.class).single() == 0) {
      return Optional.empty();
    }
    Formasi formasi = jdbc.sql("""
            select kode_formasi, jabatan, kualifikasi_pendidikan, batas_usia, batas_usia_pensiun from seleksi_formasi
            where periode_id = ? and kode_formasi = ?""")
        .params(periodeId, kodeFormasi)
        .query((rs, n) -> new Formasi(rs.getString(1), rs.getString(2), levels(rs.getString(3)), rs.getInt(4),
            (Integer) rs.getObject(5)))
        .optional().orElse(null);
    Hasil hasil = jdbc.sql("""
            select kode_formasi, lulus, peringkat, nilai_akhir from seleksi_hasil_akhir
            where periode_id = ? and nomor_peserta = ?""")
        .params(periodeId, nomorPeserta)
        .query((rs, n) -> new Hasil(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getObject(4, BigDecimal.class)))
        .stream().findFirst().orElse(null);
    LocalDate applied = jdbc.sql("select tanggal_melamar from seleksi_pelamar where periode_id = ? and nomor_peserta = ?")
        .params(periodeId, nomorPeserta).query((rs, n) -> rs.getObject(1, LocalDate.class)).list().stream()
        .filter(Objects::nonNull).findFirst().orElse(null);
    boolean replacement = jdbc.sql("""
            select count(*) from pengangkatan where periode_id = ? and nomor_peserta = ? and pengganti_dari is not null""")
        .params(periodeId, nomorPeserta).query(Integer.class).single() > 0;
    return Optional.of(new Facts(formasi, hasil, applied, replacement));
  }

  private static Set<String> levels(String stored) {
    return Arrays.stream(stored.split(";")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }
}
