package id.asn.workflow.pertek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.engine.EngineClock;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.document.StoredDocument;
import id.asn.workflow.pertek.intake.CandidateData;
import id.asn.workflow.pertek.intake.UsulFormValidator;
import id.asn.workflow.pertek.notification.NotificationRepository;
import id.asn.workflow.pertek.notification.Notifikasi;
import id.asn.workflow.support.TestPostgres;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The intake's SQL on PostgreSQL, the production database; the API tests run it on H2. */
class UsulRepositoriesPostgresTest {

  /** The application's clock: the repositories stamp their rows with it, the test its own values. */
  private static final Clock CLOCK = new EngineClock();

  private static final AtomicLong PARTICIPANTS = new AtomicLong(99_000_000_000L);

  private static UsulRepository usul;
  private static UsulDocumentRepository documents;
  private static NotificationRepository notifications;
  private static DecisionRepository decisions;
  private static UsulEventRepository events;

  @BeforeAll
  static void migratedDatabase() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.freshDatabase(), TestPostgres.user(), "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("app_schema_history").load()
        .migrate();
    JdbcClient jdbc = JdbcClient.create(dataSource);
    usul = new UsulRepository(jdbc, CLOCK);
    documents = new UsulDocumentRepository(jdbc);
    notifications = new NotificationRepository(jdbc);
    decisions = new DecisionRepository(jdbc, CLOCK);
    events = new UsulEventRepository(jdbc, CLOCK);
  }

  private static UsulNi stored(String instansi, Instant created) {
    String nomorPeserta = String.valueOf(PARTICIPANTS.incrementAndGet());
    CandidateData data = UsulFormValidator.validate(TestDocuments.form(JenisAsn.PNS, nomorPeserta), LocalDate.now(CLOCK))
        .data().orElseThrow();
    UsulNi usulNi = data.toNewUsul(UUID.randomUUID().toString(), instansi, created);
    usul.insert(usulNi);
    return usulNi;
  }

  @Test
  void pagesTheUsulOfSomeInstansiNewestFirst() {
    Instant now = Instant.now(CLOCK).truncatedTo(ChronoUnit.MILLIS);
    UsulNi older = stored("PgPaging", now.minusSeconds(60));
    UsulNi newer = stored("PgPaging", now);
    UsulNi elsewhere = stored("PgPagingOther", now);
    usul.setStatus(older.id(), UsulStatus.PERBAIKAN, "BTS");

    UsulRepository.Filter batang = new UsulRepository.Filter(Set.of("PgPaging"), null);
    assertThat(usul.findPage(batang, 0, 10)).extracting(UsulNi::id).containsExactly(newer.id(), older.id());
    assertThat(usul.count(batang)).isEqualTo(2);
    assertThat(usul.findPage(batang, 1, 1)).extracting(UsulNi::id).containsExactly(older.id());
    assertThat(usul.findPage(new UsulRepository.Filter(Set.of("PgPaging"), UsulStatus.PERBAIKAN), 0, 10))
        .extracting(UsulNi::id).containsExactly(older.id());
    assertThat(usul.findPage(new UsulRepository.Filter(null, null), 0, 100)).extracting(UsulNi::id)
        .contains(elsewhere.id(), newer.id());
    assertThat(usul.count(new UsulRepository.Filter(Set.of(), null))).isZero();
  }

  @Test
  void aParticipantHasOneUnfinishedUsulEnforcedByTheDatabase() {
    UsulNi first = stored("PgBatang", Instant.now(CLOCK));
    UsulNi twin = new UsulNi(UUID.randomUUID().toString(), "PgPekalongan", first.jenisAsn(), first.nomorPeserta(),
        first.nik(), first.nama(), first.tempatLahir(), first.tanggalLahir(), first.jenisKelamin(), first.pendidikan(),
        first.jabatan(), first.unitKerja(), first.tmt(), first.agama(), UsulStatus.VERIFIKASI, null, null,
        first.dibuat(), first.diperbarui());

    assertThat(usul.findUnfinishedByNomorPeserta(first.nomorPeserta())).map(UsulNi::id).contains(first.id());
    assertThatThrownBy(() -> usul.insert(twin)).isInstanceOf(DuplicateKeyException.class);

    usul.setStatus(first.id(), UsulStatus.DITOLAK, "TMS");
    usul.insert(twin);
    assertThat(usul.findUnfinishedByNomorPeserta(first.nomorPeserta())).map(UsulNi::id).contains(twin.id());
  }

  @Test
  void aTransitionHappensOnlyFromTheExpectedStatus() {
    UsulNi usulNi = stored("PgBatang", Instant.now(CLOCK));

    assertThat(usul.transition(usulNi.id(), UsulStatus.PERBAIKAN, UsulStatus.VERIFIKASI)).isFalse();
    usul.setStatus(usulNi.id(), UsulStatus.PERBAIKAN, "BTS");
    assertThat(usul.transition(usulNi.id(), UsulStatus.PERBAIKAN, UsulStatus.VERIFIKASI)).isTrue();
    assertThat(usul.transition(usulNi.id(), UsulStatus.PERBAIKAN, UsulStatus.VERIFIKASI)).isFalse();
    assertThat(usul.findById(usulNi.id()).orElseThrow().alasan()).isEqualTo("BTS");
  }

  @Test
  void aNewVersionOfADocumentRetiresTheOldOne() {
    UsulNi usulNi = stored("PgBatang", Instant.now(CLOCK));
    documents.addVersion(usulNi.id(), DocumentType.IJAZAH, "a".repeat(64), "ijazah.pdf", "application/pdf", 10,
        Instant.now(CLOCK));
    documents.addVersion(usulNi.id(), DocumentType.IJAZAH, "b".repeat(64), "ijazah-legalisir.pdf", "application/pdf", 12,
        Instant.now(CLOCK));

    assertThat(documents.current(usulNi.id())).extracting(StoredDocument::sha256).containsExactly("b".repeat(64));
    assertThat(documents.versions(usulNi.id(), DocumentType.IJAZAH)).extracting(StoredDocument::berlaku)
        .containsExactly(true, false);
    documents.retire(usulNi.id(), DocumentType.IJAZAH);
    assertThat(documents.current(usulNi.id(), DocumentType.IJAZAH)).isEmpty();
  }

  @Test
  void notificationsArePagedPerInstansiWithTheCandidatesName() {
    UsulNi usulNi = stored("PgNotif", Instant.now(CLOCK));
    notifications.insert("PgNotif", usulNi.id(), "BTS", "Perbaikan", "Ijazah", Instant.now(CLOCK).minusSeconds(5));
    notifications.insert("PgNotif", usulNi.id(), "TENGGAT", "Tenggat", "5 hari lagi", Instant.now(CLOCK));

    assertThat(notifications.findPage(Set.of("PgNotif"), 0, 10)).extracting(Notifikasi::jenis, Notifikasi::nama)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("TENGGAT", "Siti Aminah"),
            org.assertj.core.groups.Tuple.tuple("BTS", "Siti Aminah"));
    assertThat(notifications.count(Set.of("PgNotif"))).isEqualTo(2);
    assertThat(notifications.count(null)).isGreaterThanOrEqualTo(2);
    assertThat(notifications.findPage(Set.of(), 0, 10)).isEmpty();
  }

  @Test
  void aUsulsHistoryMergesItsEventsDecisionsAndNotificationsOldestFirst() throws InterruptedException {
    UsulNi usulNi = stored("PgRiwayat", Instant.now(CLOCK));
    events.record(usulNi.id(), UsulEventRepository.DIKIRIM, "Usul dikirim", "operatorbatang");
    Thread.sleep(2);
    decisions.record(usulNi.id(), DecisionRepository.VERIFIKASI, "BTS", "Ijazah belum dilegalisir", "pemroses1");
    Thread.sleep(2);
    events.statusChanged(usulNi.id(), UsulStatus.VERIFIKASI, UsulStatus.PERBAIKAN, null);
    events.statusChanged(usulNi.id(), UsulStatus.PERBAIKAN, UsulStatus.PERBAIKAN, null);
    Thread.sleep(2);
    notifications.insert("PgRiwayat", usulNi.id(), "BTS", "Berkas tidak sesuai", "Ijazah", Instant.now(CLOCK));
    Thread.sleep(2);
    decisions.record(usulNi.id(), DecisionRepository.VERIFIKASI, "MS", null, "pemroses2");

    assertThat(events.entriesOf(usulNi.id()))
        .extracting(UsulHistoryEntry::jenis, UsulHistoryEntry::oleh, UsulHistoryEntry::keterangan)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DIKIRIM", "operatorbatang", "Usul dikirim"),
            org.assertj.core.groups.Tuple.tuple("VERIFIKASI", "pemroses1", "BTS: Ijazah belum dilegalisir"),
            org.assertj.core.groups.Tuple.tuple("STATUS", null, "VERIFIKASI → PERBAIKAN"),
            org.assertj.core.groups.Tuple.tuple("NOTIFIKASI", null, "Berkas tidak sesuai"),
            org.assertj.core.groups.Tuple.tuple("VERIFIKASI", "pemroses2", "MS"));
  }
}
