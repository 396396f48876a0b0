package id.asn.workflow.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.asn.workflow.kernel.JenisAsn;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the allocator guarantees on any database the application runs on. Each database's test supplies
 * the allocator and declares {@code @Nested class Refuses extends RefusalCases}, so that the nested class
 * belongs to the concrete test (a Spring test's nested class takes its configuration from there).
 */
abstract class NumberAllocatorContract {

  static final LocalDate BIRTH = LocalDate.of(1998, 5, 17);
  static final LocalDate TMT = LocalDate.of(2025, 10, 1);
  static final String PREFIX = "199805172025102";
  static final String OTHER_PREFIX = "199805182025102";

  abstract NumberAllocator allocator();

  abstract SequenceCounter counter();

  abstract TransactionTemplate transactions();

  abstract JdbcClient jdbc();

  @BeforeEach
  void emptyTables() {
    jdbc().sql("delete from nomor_induk").update();
    jdbc().sql("delete from penghitung").update();
  }

  NomorInduk allocate(String usulId) {
    return allocate(usulId, BIRTH);
  }

  NomorInduk allocate(String usulId, LocalDate birth) {
    return inTransaction(() -> allocator().allocate(usulId, JenisAsn.PNS, birth, TMT, "P"));
  }

  <T> T inTransaction(Supplier<T> work) {
    return transactions().execute(status -> work.get());
  }

  void setCounter(String prefix, long value) {
    jdbc().sql("insert into penghitung (nama, nilai) values (?, ?)")
        .params(NumberAllocator.counterName(prefix), value).update();
  }

  long counterValue(String prefix) {
    return counter().current(NumberAllocator.counterName(prefix));
  }

  @Test
  void givesSequence001ToTheFirstNumberOfAPrefixAnd002ToTheNext() {
    assertThat(allocate("usul-1").nomor()).isEqualTo(PREFIX + "001");
    assertThat(allocate("usul-2").nomor()).isEqualTo(PREFIX + "002");
    assertThat(counterValue(PREFIX)).isEqualTo(2);
  }

  @Test
  void countsEachPrefixOnItsOwn() {
    assertThat(allocate("usul-1").nomor()).isEqualTo(PREFIX + "001");
    assertThat(allocate("usul-2", BIRTH.plusDays(1)).nomor()).isEqualTo(OTHER_PREFIX + "001");
    assertThat(allocate("usul-3").nomor()).isEqualTo(PREFIX + "002");
  }

  @Test
  void writesAgreementCode21ForAFirstPppkContract() {
    NomorInduk ni = inTransaction(() ->
        allocator().allocate("usul-1", JenisAsn.PPPK, LocalDate.of(1990, 1, 5), LocalDate.of(2024, 8, 1), "L"));

    assertThat(ni.nomor()).isEqualTo("199001052024211001");
    assertThat(ni.jenis()).isEqualTo(JenisAsn.PPPK);
    assertThat(allocator().activeNumberOf("usul-1")).contains(ni);
  }

  @Test
  void givesAUsulThatAsksAgainTheNumberItAlreadyHolds() {
    NomorInduk first = allocate("usul-1");

    assertThat(allocate("usul-1")).isEqualTo(first);
    assertThat(allocator().activeNumberOf("usul-1")).contains(first);
    assertThat(counterValue(PREFIX)).isEqualTo(1);
  }

  @Test
  void cancelsTheOldNumberWhenTheIdentityDataGivesAnotherPrefixAndNeverGivesItAgain() {
    NomorInduk first = allocate("usul-1");

    NomorInduk second = allocate("usul-1", BIRTH.plusDays(1));
    assertThat(second.nomor()).isEqualTo(OTHER_PREFIX + "001");
    assertThat(allocator().activeNumberOf("usul-1")).contains(second);
    AllocatedNumber old = allocator().find(first.nomor()).orElseThrow();
    assertThat(old.status()).isEqualTo(NumberStatus.BATAL);
    assertThat(old.alasanBatal()).isEqualTo("data identitas berubah");
    assertThat(old.dibatalkan()).isNotNull();

    // corrected back: the first prefix again, but its cancelled 001 stays cancelled
    assertThat(allocate("usul-1").nomor()).isEqualTo(PREFIX + "002");
    assertThat(allocator().numbersOf("usul-1")).extracting(n -> n.nomorInduk().nomor(), AllocatedNumber::status)
        .containsExactlyInAnyOrder(
            tuple(PREFIX + "001", NumberStatus.BATAL),
            tuple(OTHER_PREFIX + "001", NumberStatus.BATAL),
            tuple(PREFIX + "002", NumberStatus.AKTIF));
  }

  @Test
  void recordsACancelledNumberWithItsReasonAndNeverGivesItAgain() {
    NomorInduk first = allocate("usul-1");

    inTransaction(() -> {
      allocator().cancel(first.nomor(), "  peserta mengundurkan diri ");
      return null;
    });

    assertThat(allocator().activeNumberOf("usul-1")).isEmpty();
    AllocatedNumber cancelled = allocator().find(first.nomor()).orElseThrow();
    assertThat(cancelled.status()).isEqualTo(NumberStatus.BATAL);
    assertThat(cancelled.alasanBatal()).isEqualTo("peserta mengundurkan diri");
    assertThat(cancelled.usulId()).isEqualTo("usul-1");
    assertThat(allocate("usul-2").nomor()).isEqualTo(PREFIX + "002");
    assertThat(allocate("usul-1").nomor()).isEqualTo(PREFIX + "003");
  }

  @Test
  void keepsTheFirstReasonWhenANumberIsCancelledTwice() {
    NomorInduk first = allocate("usul-1");

    assertThat(allocator().cancel(first.nomor(), "peserta meninggal dunia")).isTrue();
    assertThat(allocator().cancel(first.nomor(), "alasan lain")).as("cancelled before").isFalse();

    assertThat(allocator().find(first.nomor()).orElseThrow().alasanBatal()).isEqualTo("peserta meninggal dunia");
  }

  @Test
  void leavesNoGapWhenAnAllocatingTransactionRollsBack() {
    transactions().executeWithoutResult(status -> {
      assertThat(allocator().allocate("usul-1", JenisAsn.PNS, BIRTH, TMT, "P").urutan()).isEqualTo(1);
      status.setRollbackOnly();
    });
    assertThat(allocator().activeNumberOf("usul-1")).isEmpty();

    assertThat(allocate("usul-1").urutan()).isEqualTo(1);
    assertThat(allocate("usul-2").urutan()).isEqualTo(2);
  }

  @Test
  void givesSequence999AsTheLastOfAPrefix() {
    setCounter(PREFIX, 998);

    assertThat(allocate("usul-1").nomor()).isEqualTo(PREFIX + "999");
  }

  @Test
  void countsANamedCounterFromOneInTheCallersTransaction() {
    assertThat(inTransaction(() -> List.of(counter().next("pertek/2025"), counter().next("pertek/2025"))))
        .containsExactly(1L, 2L);
    assertThat(inTransaction(() -> counter().next("pertek/2026"))).isEqualTo(1L);
    assertThat(counter().current("pertek/2025")).isEqualTo(2L);
    assertThat(counter().current("pertek/2027")).isZero();
  }

  abstract class RefusalCases {

    @Test
    void aSequencePast999AndLeavesTheCounterAsItWas() {
      setCounter(PREFIX, 999);

      assertThatThrownBy(() -> allocate("usul-1"))
          .isInstanceOf(NumberRangeExhaustedException.class)
          .hasMessageContaining(PREFIX)
          .hasMessageContaining("sudah habis");
      assertThat(counterValue(PREFIX)).isEqualTo(999);
      assertThat(allocator().numbersOf("usul-1")).isEmpty();
    }

    @Test
    void toKeepTheOldNumberCancelledWhenTheNewPrefixIsExhausted() {
      NomorInduk first = allocate("usul-1");
      setCounter(OTHER_PREFIX, 999);

      assertThatThrownBy(() -> allocate("usul-1", BIRTH.plusDays(1))).isInstanceOf(NumberRangeExhaustedException.class);
      assertThat(allocator().activeNumberOf("usul-1")).contains(first);
    }

    @Test
    void toCancelANumberNeverAllocated() {
      assertThatThrownBy(() -> allocator().cancel(PREFIX + "001", "peserta mengundurkan diri"))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessage("Nomor induk " + PREFIX + "001 tidak tercatat");
    }

    @Test
    void toCancelWithoutAReason() {
      NomorInduk first = allocate("usul-1");

      assertThatThrownBy(() -> allocator().cancel(first.nomor(), " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("alasan pembatalan nomor induk wajib diisi");
      assertThat(allocator().activeNumberOf("usul-1")).contains(first);
    }

    @Test
    void aGenderOtherThanLOrP() {
      assertThatThrownBy(() -> inTransaction(() -> allocator().allocate("usul-1", JenisAsn.PNS, BIRTH, TMT, "W")))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingUsulId() {
      assertThatThrownBy(() -> allocate(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toCountOutsideATransaction() {
      assertThatThrownBy(() -> counter().next("pertek/2025")).isInstanceOf(IllegalTransactionStateException.class);
      assertThat(counter().current("pertek/2025")).isZero();
    }

    @Test
    void aSecondActiveNumberOfOneUsulInTheDatabaseItself() {
      allocate("usul-1");

      assertThatThrownBy(() -> jdbc().sql("""
              insert into nomor_induk (nomor, prefix, urutan, jenis_asn, usul_id, usul_aktif, status, dibuat)
              values (?, ?, 2, 'PNS', 'usul-1', 'usul-1', 'AKTIF', current_timestamp)""")
          .params(PREFIX + "002", PREFIX).update())
          .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aNumberGivenBeforeInTheDatabaseItself() {
      NomorInduk first = allocate("usul-1");
      allocator().cancel(first.nomor(), "peserta mengundurkan diri");

      assertThatThrownBy(() -> jdbc().sql("""
              insert into nomor_induk (nomor, prefix, urutan, jenis_asn, usul_id, usul_aktif, status, dibuat)
              values (?, ?, 1, 'PNS', 'usul-2', 'usul-2', 'AKTIF', current_timestamp)""")
          .params(first.nomor(), PREFIX).update())
          .isInstanceOf(DataIntegrityViolationException.class);
    }
  }
}
