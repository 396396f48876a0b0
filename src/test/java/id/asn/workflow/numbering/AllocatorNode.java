package id.asn.workflow.numbering;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.asn.workflow.support.TestPostgres;
import id.asn.workflow.engine.EngineClock;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One application node as far as numbering goes: its own connection pool, transactions and allocator. */
final class AllocatorNode implements AutoCloseable {

  final HikariDataSource dataSource;
  final JdbcClient jdbc;
  final TransactionTemplate transactions;
  final SequenceCounter counter;
  final NumberAllocator allocator;

  AllocatorNode(String url, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(TestPostgres.user());
    config.setPassword("");
    config.setMaximumPoolSize(poolSize);
    dataSource = new HikariDataSource(config);
    jdbc = JdbcClient.create(dataSource);
    DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(dataSource);
    transactions = new TransactionTemplate(transactionManager);
    counter = new SequenceCounter(jdbc, transactionManager);
    allocator = new NumberAllocator(new NomorIndukRepository(jdbc), counter, new EngineClock());
  }

  static void migrate(String url) {
    Flyway.configure()
        .dataSource(url, TestPostgres.user(), "")
        .locations("classpath:db/migration")
        .table("app_schema_history")
        .load()
        .migrate();
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
