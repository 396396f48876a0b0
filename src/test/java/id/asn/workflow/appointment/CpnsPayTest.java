package id.asn.workflow.appointment;

import id.asn.workflow.support.ShippedCpnsPayRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CpnsPayTest {

  @Test
  void eightyPercentOfTheBaseSalary() {
    // 2,785,700 x 0.8 = 2,228,560
    assertThat(CpnsPay.of(2_785_700, ShippedCpnsPayRules.RULE.persenGajiPokok())).isEqualTo(2_228_560);
  }

  @Test
  void aFractionOfARupiahRoundsToTheNearestRupiah() {
    // 1,000,003 x 0.8 = 800,002.4; 1,000,002 x 0.8 = 800,001.6; 2,785,701 x 0.8 = 2,228,560.8
    assertThat(CpnsPay.of(1_000_003, ShippedCpnsPayRules.RULE.persenGajiPokok())).isEqualTo(800_002);
    assertThat(CpnsPay.of(1_000_002, ShippedCpnsPayRules.RULE.persenGajiPokok())).isEqualTo(800_002);
    assertThat(CpnsPay.of(2_785_701, ShippedCpnsPayRules.RULE.persenGajiPokok())).isEqualTo(2_228_561);
  }

  @Test
  void noSalaryNoPayAndANegativeSalaryIsRefused() {
    assertThat(CpnsPay.of(0, ShippedCpnsPayRules.RULE.persenGajiPokok())).isZero();
    assertThatThrownBy(() -> CpnsPay.of(-1, ShippedCpnsPayRules.RULE.persenGajiPokok())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void paidFromTheSpmtDateOn() {
    LocalDate spmt = LocalDate.of(2025, 6, 2);
    assertThat(CpnsPay.payableOn(LocalDate.of(2025, 6, 1), spmt)).isFalse();
    assertThat(CpnsPay.payableOn(spmt, spmt)).isTrue();
    assertThat(CpnsPay.payableOn(LocalDate.of(2025, 7, 1), spmt)).isTrue();
  }
}
