package id.asn.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.IndonesianText;
import id.asn.workflow.kernel.JenisAsn;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** NIK masking, verification codes and the Indonesian wording of dates, numbers and education. */
class PureRulesTest {

  @Nested
  class NikMasking {
    @Test
    void hidesTheBirthDateAndGenderInTheMiddle() {
      assertThat(NikMask.mask("3325015705980001")).isEqualTo("3325********0001");
    }

    @Test
    void aShortOrMissingValueRevealsNothing() {
      assertThat(NikMask.mask("12345")).isEqualTo("*****");
      assertThat(NikMask.mask(null)).isEmpty();
    }
  }

  @Nested
  class VerificationCodes {
    @Test
    void areLongRandomAndUrlSafe() {
      SecureRandom random = new SecureRandom();
      Set<String> codes = new HashSet<>();
      for (int i = 0; i < 1000; i++) {
        String code = VerificationCode.generate(random);
        assertThat(code).hasSize(26).matches("[a-z2-7]+");
        assertThat(VerificationCode.isWellFormed(code)).isTrue();
        codes.add(code);
      }
      assertThat(codes).hasSize(1000);
    }

    @Test
    void anythingElseIsNotLookedUp() {
      assertThat(VerificationCode.isWellFormed("../../etc/passwd")).isFalse();
      assertThat(VerificationCode.isWellFormed("ABCDEFGHIJKLMNOPQRSTUVWXYZ")).isFalse();
      assertThat(VerificationCode.isWellFormed(null)).isFalse();
    }
  }

  @Nested
  class IndonesianWording {
    @Test
    void datesWithIndonesianMonthNames() {
      assertThat(IndonesianText.date(LocalDate.of(1998, 5, 17))).isEqualTo("17 Mei 1998");
      assertThat(IndonesianText.date(LocalDate.of(2025, 8, 1))).isEqualTo("1 Agustus 2025");
    }

    @Test
    void nomorIndukInItsPrintedGroups() {
      assertThat(IndonesianText.nomorInduk("199805172025062001", JenisAsn.PNS)).isEqualTo("19980517 202506 2 001");
      assertThat(IndonesianText.nomorInduk("199002032025211003", JenisAsn.PPPK)).isEqualTo("19900203 2025 21 1 003");
    }

    @Test
    void educationAndGender() {
      assertThat(IndonesianText.education("S1")).isEqualTo("Sarjana (S1)");
      assertThat(IndonesianText.gender("P")).isEqualTo("Perempuan");
    }
  }
}
