package id.asn.workflow.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.engine.EngineClock;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The allocator as Spring wires it, on H2 migrated by Flyway: only the JDBC slice, no Camunda engine.
 * Tests run outside a test transaction so that rollbacks and commits are the allocator's own.
 */
@JdbcTest
// declared, not detected: the @Nested class inherits it instead of searching out the whole application
@ContextConfiguration(classes = NumberAllocatorH2Test.Numbering.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class NumberAllocatorH2Test extends NumberAllocatorContract {

  @Configuration
  @Import({NomorIndukRepository.class, SequenceCounter.class, NumberAllocator.class})
  static class Numbering {
    /** The application's one clock, as ClockConfiguration makes it. */
    @Bean
    Clock clock() {
      return new EngineClock();
    }
  }

  @Autowired
  NumberAllocator allocator;
  @Autowired
  SequenceCounter counter;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  DataSource dataSource;

  @Override
  NumberAllocator allocator() {
    return allocator;
  }

  @Override
  SequenceCounter counter() {
    return counter;
  }

  @Override
  TransactionTemplate transactions() {
    return new TransactionTemplate(transactionManager);
  }

  @Override
  JdbcClient jdbc() {
    return jdbc;
  }

  @Test
  void runsOnH2() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
    }
  }

  @Test
  void allocatesInItsOwnTransactionWhenTheCallerHasNone() {
    assertThat(allocator.allocate("usul-1", JenisAsn.PNS, BIRTH, TMT, "P").urutan()).isOne();
    assertThat(allocator.activeNumberOf("usul-1")).isPresent();
  }

  @Nested
  class Refuses extends RefusalCases {}
}
