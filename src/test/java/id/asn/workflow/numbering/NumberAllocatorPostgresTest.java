package id.asn.workflow.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.support.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The allocator on real PostgreSQL, and as two application nodes sharing one database: row locks, not
 * anything in the JVM, must keep numbers unique and gap-free.
 */
class NumberAllocatorPostgresTest extends NumberAllocatorContract {

  private static final Duration LOCK_WAIT_LIMIT = Duration.ofSeconds(20);

  private static String url;
  private static AllocatorNode node;

  private final ExecutorService threads = Executors.newFixedThreadPool(16);

  @BeforeAll
  static void database() {
    url = TestPostgres.freshDatabase();
    AllocatorNode.migrate(url);
    node = new AllocatorNode(url, 4);
  }

  @AfterAll
  static void closeNode() {
    node.close();
  }

  @AfterEach
  void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    threads.awaitTermination(30, TimeUnit.SECONDS);
  }

  @Override
  NumberAllocator allocator() {
    return node.allocator;
  }

  @Override
  SequenceCounter counter() {
    return node.counter;
  }

  @Override
  TransactionTemplate transactions() {
    return node.transactions;
  }

  @Override
  JdbcClient jdbc() {
    return node.jdbc;
  }

  @Test
  void runsOnPostgres() {
    assertThat(node.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
  }

  @Test
  void twoNodesAllocatingAtOnceOnOnePrefixGiveEveryNumberOnceWithoutGaps() throws Exception {
    int count = 400;
    try (AllocatorNode a = new AllocatorNode(url, 8); AllocatorNode b = new AllocatorNode(url, 8)) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<NomorInduk>> results = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        AllocatorNode on = i % 2 == 0 ? a : b;
        String usulId = "usul-" + i;
        boolean firstAttemptFails = i % 10 == 0;
        results.add(threads.submit(() -> {
          start.await();
          if (firstAttemptFails) {
            // a job that allocates, then fails later in its transaction, and is retried
            on.transactions.executeWithoutResult(status -> {
              on.allocator.allocate(usulId, JenisAsn.PNS, BIRTH, TMT, "P");
              status.setRollbackOnly();
            });
          }
          return on.transactions.execute(status -> on.allocator.allocate(usulId, JenisAsn.PNS, BIRTH, TMT, "P"));
        }));
      }
      start.countDown();

      Set<String> numbers = new HashSet<>();
      for (Future<NomorInduk> result : results) {
        numbers.add(result.get(120, TimeUnit.SECONDS).nomor());
      }
      assertThat(numbers).hasSize(count);
      assertThat(node.jdbc.sql("select urutan from nomor_induk where prefix = ? order by urutan").param(PREFIX)
          .query(Integer.class).list())
          .containsExactlyElementsOf(IntStream.rangeClosed(1, count).boxed().toList());
      assertThat(node.jdbc.sql("select count(*) from nomor_induk where status = 'AKTIF'").query(Integer.class).single())
          .isEqualTo(count);
      assertThat(counterValue(PREFIX)).isEqualTo(count);
    }
  }

  @Test
  void aNodeCreatingACounterMakesAnotherWaitWhichThenCountsOn() throws Exception {
    try (AllocatorNode a = new AllocatorNode(url, 2); AllocatorNode b = new AllocatorNode(url, 2)) {
      CountDownLatch counted = new CountDownLatch(1);
      CountDownLatch finish = new CountDownLatch(1);
      Future<Long> first = threads.submit(() -> a.transactions.execute(status -> {
        long value = a.counter.next("pertek/2025");
        counted.countDown();
        await(finish);
        return value;
      }));
      assertThat(counted.await(20, TimeUnit.SECONDS)).isTrue();

      // b finds no committed row, tries to insert it and must wait for a's uncommitted insert
      Future<Long> second = threads.submit(() -> b.transactions.execute(status -> b.counter.next("pertek/2025")));
      awaitABackendWaitingForALock();
      finish.countDown();

      assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(1L);
      assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(2L);
      assertThat(node.counter.current("pertek/2025")).isEqualTo(2L);
    }
  }

  @Test
  void aNodeWaitingOnACounterThatAnotherRollsBackStartsItAtOne() throws Exception {
    try (AllocatorNode a = new AllocatorNode(url, 2); AllocatorNode b = new AllocatorNode(url, 2)) {
      CountDownLatch counted = new CountDownLatch(1);
      CountDownLatch finish = new CountDownLatch(1);
      Future<?> first = threads.submit(() -> a.transactions.executeWithoutResult(status -> {
        a.counter.next("pertek/2025");
        counted.countDown();
        await(finish);
        status.setRollbackOnly();
      }));
      assertThat(counted.await(20, TimeUnit.SECONDS)).isTrue();

      Future<Long> second = threads.submit(() -> b.transactions.execute(status -> b.counter.next("pertek/2025")));
      awaitABackendWaitingForALock();
      finish.countDown();

      first.get(20, TimeUnit.SECONDS);
      assertThat(second.get(20, TimeUnit.SECONDS)).isEqualTo(1L);
    }
  }

  @Test
  void oneUsulAllocatedOnTwoNodesAtOnceGetsOneNumberAndTheRetryReturnsIt() throws Exception {
    try (AllocatorNode a = new AllocatorNode(url, 2); AllocatorNode b = new AllocatorNode(url, 2)) {
      CountDownLatch allocated = new CountDownLatch(1);
      CountDownLatch finish = new CountDownLatch(1);
      Future<NomorInduk> first = threads.submit(() -> a.transactions.execute(status -> {
        NomorInduk nomor = a.allocator.allocate("usul-1", JenisAsn.PNS, BIRTH, TMT, "P");
        allocated.countDown();
        await(finish);
        return nomor;
      }));
      assertThat(allocated.await(20, TimeUnit.SECONDS)).isTrue();

      Future<NomorInduk> second = threads.submit(() ->
          b.transactions.execute(status -> b.allocator.allocate("usul-1", JenisAsn.PNS, BIRTH, TMT, "P")));
      awaitABackendWaitingForALock();
      finish.countDown();

      NomorInduk winner = first.get(20, TimeUnit.SECONDS);
      // the loser's transaction fails on the one-active-number-per-usul constraint and rolls back whole
      assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(DuplicateKeyException.class);
      NomorInduk retried = b.transactions.execute(status ->
          b.allocator.allocate("usul-1", JenisAsn.PNS, BIRTH, TMT, "P"));
      assertThat(retried).isEqualTo(winner);
      assertThat(counterValue(PREFIX)).isEqualTo(1);
      assertThat(allocate("usul-2").urutan()).isEqualTo(2);
    }
  }

  @Nested
  class Refuses extends RefusalCases {}

  /** Proof that the other transaction is blocked in the database, not merely slow to start. */
  private static void awaitABackendWaitingForALock() throws InterruptedException {
    long deadline = System.nanoTime() + LOCK_WAIT_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      int waiting = node.jdbc.sql("""
              select count(*) from pg_stat_activity
              where datname = current_database() and wait_event_type = 'Lock'""")
          .query(Integer.class).single();
      if (waiting > 0) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no transaction waited for a lock within " + LOCK_WAIT_LIMIT);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("test did not release the transaction");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
