package id.asn.workflow.numbering;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Named, gap-free counters in the database, safe across application nodes. The increment happens in the
 * caller's transaction: the row lock makes concurrent callers wait for each other, and a rollback takes
 * the value back together with whatever used it, so values are never skipped.
 */
@Component
public class SequenceCounter {

  static final int MAX_NAME_LENGTH = 64;

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  SequenceCounter(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    // a failed insert aborts a whole PostgreSQL transaction unless it ran under a savepoint
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * The next value of the counter: 1 the first time a name is used, then 2, 3, ...
   *
   * @throws IllegalTransactionStateException outside a transaction: the value would commit on its own and
   *     be lost if the caller's work failed
   */
  public long next(String name) {
    if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("nama penghitung harus 1 sampai " + MAX_NAME_LENGTH + " karakter: " + name);
    }
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalTransactionStateException("SequenceCounter.next(" + name + ") needs the caller's transaction");
    }
    if (increment(name)) {
      return current(name);
    }
    try {
      savepoint.executeWithoutResult(s ->
          jdbc.sql("insert into penghitung (nama, nilai) values (?, 1)").param(name).update());
      return 1;
    } catch (DuplicateKeyException e) {
      // another transaction created the row first and has committed it: now the update finds it
    }
    if (increment(name)) {
      return current(name);
    }
    throw new IllegalStateException("counter " + name + " neither updatable nor insertable");
  }

  /** The last value given, 0 if none; inside a transaction that has called next, that transaction's. */
  public long current(String name) {
    return jdbc.sql("select nilai from penghitung where nama = ?").param(name).query(Long.class).optional().orElse(0L);
  }

  private boolean increment(String name) {
    return jdbc.sql("update penghitung set nilai = nilai + 1 where nama = ?").param(name).update() == 1;
  }
}
