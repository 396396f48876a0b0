package id.asn.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PertekNumberPatternTest {

  private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 24);

  @Test
  void theDefaultPatternPadsTheSequenceAndWritesTheMonthInRomanNumerals() {
    assertThat(new PertekNumberPattern("{urut:5}/PERTEK-NI/KR.I/{bulanRomawi}/{tahun}").format(42, MARCH_2025))
        .isEqualTo("00042/PERTEK-NI/KR.I/III/2025");
  }

  @Test
  void anUnpaddedSequenceAndTheMonthInDigits() {
    assertThat(new PertekNumberPattern("PT-{tahun}{bulan}-{urut}").format(1234, LocalDate.of(2025, 12, 1)))
        .isEqualTo("PT-202512-1234");
  }

  @Test
  void aSequenceLongerThanItsPaddingIsWrittenWhole() {
    assertThat(new PertekNumberPattern("{urut:3}/{tahun}").format(12345, MARCH_2025)).isEqualTo("12345/2025");
  }

  @Test
  void theCounterIsPerYear() {
    assertThat(PertekNumberPattern.counterName(2025)).isEqualTo("pertek/2025");
    assertThat(PertekNumberPattern.counterName(2026)).isEqualTo("pertek/2026");
  }

  @Nested
  class RefusedPatterns {

    @Test
    void withoutTheYearTwoYearsWouldRepeatNumbers() {
      assertThatThrownBy(() -> new PertekNumberPattern("{urut:5}/PERTEK"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{tahun}");
    }

    @Test
    void withoutTheSequence() {
      assertThatThrownBy(() -> new PertekNumberPattern("PERTEK/{tahun}")).hasMessageContaining("{urut}");
    }

    @Test
    void withAnUnknownPlaceholder() {
      assertThatThrownBy(() -> new PertekNumberPattern("{urut}/{kantor}/{tahun}")).hasMessageContaining("{kantor}");
    }

    @Test
    void blank() {
      assertThatThrownBy(() -> new PertekNumberPattern(" ")).hasMessageContaining("kosong");
    }
  }
}
