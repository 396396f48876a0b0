package id.asn.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class DecreeWarningPolicyTest {

  private static final DecreeWarningPolicy FROM_1_OCTOBER = new DecreeWarningPolicy(MonthDay.of(10, 1));

  /** The seed's years: 2023-2026 decreed, 2027 not. */
  private static final IntPredicate SEEDED = Set.of(2023, 2024, 2025, 2026)::contains;

  private static Optional<DecreeWarning> on(String day, IntPredicate decreed) {
    return FROM_1_OCTOBER.warningOn(LocalDate.parse(day), decreed);
  }

  @Test
  void beforeTheStartDayAMissingNextYearIsNotWarnedAbout() {
    assertThat(on("2026-09-30", SEEDED)).isEmpty();
  }

  @Test
  void fromTheStartDayAMissingNextYearIsWarnedAbout() {
    DecreeWarning warning = on("2026-10-01", SEEDED).orElseThrow();
    assertThat(warning.tahunBelumDitetapkan()).containsExactly(2027);
    assertThat(warning.peringatan()).isEqualTo("Kalender hari libur 2027 belum ditetapkan (SKB 3 Menteri); "
        + "tenggat yang melewati tahun itu dihitung dengan kalender sementara.");
  }

  @Test
  void theWarningLastsToTheLastDayOfTheYear() {
    assertThat(on("2026-12-31", SEEDED).orElseThrow().tahunBelumDitetapkan()).containsExactly(2027);
  }

  @Test
  void aDecreedNextYearIsNoWarning() {
    assertThat(on("2025-10-01", SEEDED)).isEmpty();
    assertThat(on("2025-12-31", SEEDED)).isEmpty();
  }

  @Test
  void aMissingCurrentYearIsWarnedAboutOnAnyDay() {
    assertThat(on("2027-01-01", SEEDED).orElseThrow().tahunBelumDitetapkan()).containsExactly(2027);
    assertThat(on("2027-06-15", SEEDED).orElseThrow().peringatan()).contains("Kalender hari libur 2027 belum ditetapkan");
  }

  @Test
  void bothYearsMissingAreNamedTogether() {
    DecreeWarning warning = on("2027-11-02", SEEDED).orElseThrow();
    assertThat(warning.tahunBelumDitetapkan()).containsExactly(2027, 2028);
    assertThat(warning.peringatan()).startsWith("Kalender hari libur 2027 dan 2028 belum ditetapkan")
        .contains("kedua tahun itu");
  }

  @Test
  void theStartDayIsConfigurable() {
    DecreeWarningPolicy fromSeptember = new DecreeWarningPolicy(MonthDay.of(9, 15));
    assertThat(fromSeptember.warningOn(LocalDate.parse("2026-09-14"), SEEDED)).isEmpty();
    assertThat(fromSeptember.warningOn(LocalDate.parse("2026-09-15"), SEEDED)).isPresent();
  }
}
