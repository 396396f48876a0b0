package id.asn.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.signature.PertekRepository.PertekRecord;
import id.asn.workflow.support.TestPostgres;
import id.asn.workflow.engine.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The Pertek register (V6__pertek.sql and its SQL) on PostgreSQL, the production database; the app tests run it on H2. */
class PertekRepositoryPostgresTest {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

  private static JdbcClient jdbc;
  private static PertekRepository pertek;
  private static TransactionTemplate transactions;

  @BeforeAll
  static void migratedDatabase() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.freshDatabase(), TestPostgres.user(), "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("app_schema_history").load()
        .migrate();
    jdbc = JdbcClient.create(dataSource);
    pertek = new PertekRepository(jdbc, new EngineClock());
    transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  private static String usulWithDraft(String nomorPertek, long urutan, String kode, String draftHash) {
    String id = UUID.randomUUID().toString();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("insert into usul_ni (id, instansi, jenis_asn, nomor_peserta, nik, nama, tempat_lahir, tanggal_lahir,"
            + " jenis_kelamin, pendidikan, jabatan, unit_kerja, tmt, agama, status, nomor_induk, dibuat, diperbarui)"
            + " values (?, 'KabBatang', 'PNS', ?, '3325015705980001', 'Siti Aminah', 'Batang', ?, 'P', 'S1', 'Analis',"
            + " 'Bappeda', ?, 'ISLAM', 'SELESAI', '199805172025062001', ?, ?)")
        .params(id, "PG" + SEQUENCE.incrementAndGet(), LocalDate.of(1998, 5, 17), LocalDate.of(2025, 6, 1), now, now)
        .update();
    pertek.insertDraft(id, nomorPertek, 2025, urutan, LocalDate.of(2025, 3, 24), kode, "Pemerintah Kabupaten Batang",
        draftHash);
    return id;
  }

  private static String hash(char c) {
    return String.valueOf(c).repeat(64);
  }

  @Test
  void aDraftIsSignedOnceAndFoundByEitherHashAndByItsCode() {
    long n = SEQUENCE.incrementAndGet();
    String kode = VerificationCode.generate(new java.security.SecureRandom());
    String id = usulWithDraft("PG-" + n + "/2025", n, kode, hash('a'));
    Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    String signedHash = String.format("%064d", n);
    pertek.recordSignature(id, signedHash, "penandatangan1", new SignerBlock.Official("Bambang Suryono",
        "197005121995031001", "Kepala Bidang Mutasi dan Status Kepegawaian"), "PAdES-BASELINE-T", signedAt);

    PertekRecord signed = pertek.find(id).orElseThrow();
    assertThat(signed.signed()).isTrue();
    assertThat(signed.waktuTandaTangan()).isEqualTo(signedAt);
    assertThat(signed.nomorInduk()).isEqualTo("199805172025062001");
    assertThat(signed.nipPenandatangan()).isEqualTo("197005121995031001");
    assertThat(signed.jabatanPenandatangan()).isEqualTo("Kepala Bidang Mutasi dan Status Kepegawaian");
    assertThat(pertek.findByKode(kode)).map(PertekRecord::usulId).contains(id);
    assertThat(pertek.findSignedByHash(signed.sha256Ditandatangani())).map(PertekRecord::usulId).contains(id);
    assertThat(pertek.findSignedByHash(hash('a'))).map(PertekRecord::usulId).contains(id);
    assertThatThrownBy(() -> pertek.recordSignature(id, hash('c'), "penandatangan2",
        new SignerBlock.Official("Dewi", null, null), "PAdES-BASELINE-B", signedAt))
        .hasMessageContaining("sudah ditandatangani");
    pertek.updateDraft(id, LocalDate.now(), "X", hash('d'));
    assertThat(pertek.find(id).orElseThrow().sha256Konsep()).as("a signed draft is not replaced").isEqualTo(hash('a'));
    assertThat(pertek.revoke(id, "Meninggal dunia", signedAt)).isTrue();
    assertThat(pertek.revoke(id, "lagi", signedAt.plusSeconds(60))).as("revoked once").isFalse();
    assertThat(pertek.find(id).orElseThrow().alasanPencabutan()).isEqualTo("Meninggal dunia");
    assertThat(pertek.find(id).orElseThrow().dicabut()).isEqualTo(signedAt);
  }

  @Test
  void theDatabaseRefusesASecondPertekWithTheSameNumberOrSequence() {
    long n = SEQUENCE.incrementAndGet();
    usulWithDraft("PG-DUP-" + n, n, VerificationCode.generate(new java.security.SecureRandom()), hash('e'));
    assertThatThrownBy(() -> usulWithDraft("PG-DUP-" + n, n + 1_000_000, VerificationCode.generate(new java.security.SecureRandom()),
        hash('e'))).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> usulWithDraft("PG-OTHER-" + n, n, VerificationCode.generate(new java.security.SecureRandom()),
        hash('e'))).isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void aSecondSignerWaitsForTheFirstOnTheRowLock() throws Exception {
    long n = SEQUENCE.incrementAndGet();
    String id = usulWithDraft("PG-LOCK-" + n, n, VerificationCode.generate(new java.security.SecureRandom()), hash('f'));
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
      assertThat(pertek.findForUpdate(id)).isPresent();
      locked.countDown();
      await(release);
      pertek.recordSignature(id, String.format("%064d", n), "penandatangan1",
          new SignerBlock.Official("Bambang Suryono", null, null), "PAdES-BASELINE-B", Instant.now());
    }));
    await(locked);
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> transactions.execute(status ->
        pertek.findForUpdate(id).orElseThrow().signed()));

    Thread.sleep(300);
    assertThat(second).as("blocked while the first holds the row").isNotDone();
    release.countDown();
    first.get(30, TimeUnit.SECONDS);
    assertThat(second.get(30, TimeUnit.SECONDS)).as("sees the first signature once it may read").isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
