package id.asn.workflow.pertek;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every verification and signing decision with who took it: the four-eyes rule and the audit read it. */
@Repository
public class DecisionRepository {

  public static final String VERIFIKASI = "VERIFIKASI";
  public static final String TANDA_TANGAN = "TANDA_TANGAN";

  private final JdbcClient jdbc;
  private final Clock clock;

  DecisionRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String usulId, String tahap, String hasil, String catatan, String oleh) {
    jdbc.sql("insert into usul_keputusan (usul_id, tahap, hasil, catatan, oleh, waktu) values (?, ?, ?, ?, ?, ?)")
        .params(usulId, tahap, hasil, catatan, oleh, Timestamp.from(Instant.now(clock)))
        .update();
  }

  public Optional<String> lastDecider(String usulId, String tahap) {
    return jdbc.sql("select oleh from usul_keputusan where usul_id = ? and tahap = ? order by id desc")
        .params(usulId, tahap)
        .query(String.class)
        .stream().findFirst();
  }
}
