package id.asn.workflow.pertek;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The selection reference each usul carries (V21__usul_seleksi.sql); a usul without one has no row. */
@Repository
public class UsulSelectionRepository {

  private final JdbcClient jdbc;

  UsulSelectionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records or replaces the usul's reference. */
  public void save(String usulId, SelectionReference ref) {
    jdbc.sql("delete from usul_seleksi where usul_id = ?").param(usulId).update();
    jdbc.sql("insert into usul_seleksi (usul_id, periode_id, kode_formasi, nilai_akhir, peringkat) values (?, ?, ?, ?, ?)")
        .params(usulId, ref.periodeId(), ref.kodeFormasi(), ref.nilaiAkhir(), ref.peringkat())
        .update();
  }

  public Optional<SelectionReference> find(String usulId) {
    return jdbc.sql("select periode_id, kode_formasi, nilai_akhir, peringkat from usul_seleksi where usul_id = ?")
        .param(usulId)
        .query((rs, n) -> new SelectionReference(rs.getString("periode_id"), rs.getString("kode_formasi"),
            rs.getObject("nilai_akhir", BigDecimal.class), (Integer) rs.getObject("peringkat")))
        .optional();
  }
}
