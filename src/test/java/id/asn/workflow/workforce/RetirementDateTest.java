package id.asn.workflow.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Retirement takes effect on the 1st of the month after the birthday month at the retirement age. */
class RetirementDateTest {

  @Test
  void administrativeAndJuniorFunctionalPositionsRetireAt58() {
    // 58 on 17 May 2025
    assertThat(RetirementDate.of(LocalDate.of(1967, 5, 17), 58)).isEqualTo(LocalDate.of(2025, 6, 1));
  }

  @Test
  void seniorLeadersAndAhliMadyaRetireAt60() {
    // 60 on 3 December 2025: the month after is January of the next year
    assertThat(RetirementDate.of(LocalDate.of(1965, 12, 3), 60)).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void ahliUtamaRetiresAt65() {
    // 65 on 20 July 2027
    assertThat(RetirementDate.of(LocalDate.of(1962, 7, 20), 65)).isEqualTo(LocalDate.of(2027, 8, 1));
  }

  @Test
  void aBirthdayOnTheFirstStillRetiresTheMonthAfter() {
    assertThat(RetirementDate.of(LocalDate.of(1968, 1, 1), 58)).isEqualTo(LocalDate.of(2026, 2, 1));
  }

  @Test
  void bornOnTheTwentyNinthOfFebruary() {
    // 65 "on" 28 February 2025 (no 29th): still February, retired from 1 March
    assertThat(RetirementDate.of(LocalDate.of(1960, 2, 29), 65)).isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void anImpossibleAgeIsRefused() {
    assertThatThrownBy(() -> RetirementDate.of(LocalDate.of(1970, 1, 1), 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
