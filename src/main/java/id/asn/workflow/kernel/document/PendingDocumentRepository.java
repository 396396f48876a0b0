package id.asn.workflow.kernel.document;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link PendingDocuments} in {@code dokumen_tertunda}; the references are the document columns of the schema. */
@Repository
class PendingDocumentRepository implements PendingDocuments {

  /** Every column that points at a stored document. */
  private static final String REFERENCED = """
      exists (select 1 from usul_dokumen where sha256 = :sha256)
      or exists (select 1 from pertek where sha256_konsep = :sha256)
      or exists (select 1 from pertek where sha256_ditandatangani = :sha256)""";

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  PendingDocumentRepository(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  @Override
  public void recordBeforeWrite(String sha256) {
    long id = ownTransaction.execute(status -> {
      GeneratedKeyHolder key = new GeneratedKeyHolder();
      jdbc.sql("insert into dokumen_tertunda (sha256, dicatat) values (?, ?)")
          .params(sha256, Timestamp.from(Instant.now(clock))).update(key, "id");
      return key.getKeyAs(Number.class).longValue();
    });
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          // referenced now (or never meant to be): the sweeper need not look at it. Its own transaction: the
          // committed one's connection is still bound here and would never commit the delete
          ownTransaction.executeWithoutResult(
              done -> jdbc.sql("delete from dokumen_tertunda where id = ?").param(id).update());
        }
      });
    }
  }

  @Override
  public List<String> olderThan(Instant cutoff, int limit) {
    return jdbc.sql("select distinct sha256 from dokumen_tertunda where dicatat < ? fetch first " + limit + " rows only")
        .param(Timestamp.from(cutoff)).query(String.class).list();
  }

  @Override
  public boolean inUse(String sha256, Instant cutoff) {
    return jdbc.sql("select case when " + REFERENCED
            + " or exists (select 1 from dokumen_tertunda where sha256 = :sha256 and dicatat >= :cutoff)"
            + " then 1 else 0 end")
        .param("sha256", sha256).param("cutoff", Timestamp.from(cutoff)).query(Integer.class).single() == 1;
  }

  @Override
  public void forget(String sha256, Instant cutoff) {
    jdbc.sql("delete from dokumen_tertunda where sha256 = ? and dicatat < ?")
        .params(sha256, Timestamp.from(cutoff)).update();
  }
}
