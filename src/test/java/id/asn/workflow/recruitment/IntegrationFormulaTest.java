package id.asn.workflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.ShippedScoreScales;
import org.junit.jupiter.api.Test;

/**
 * The PNS integrated score of Lampiran I V.D.4 as the ranking orders on it and the announcement states it, from the
 * shipped processes/nilai-seleksi.dmn.
 */
class IntegrationFormulaTest {

  @Test
  void fortyPercentOfSkdOutOf550AndSixtyPercentOfSkbOutOf100() {
    IntegrationFormula f = ShippedScoreScales.INSTANCE.of(2024).integration();
    // SKD 550 and SKB 100 score 100; SKD 400 and SKB 90 score 29.09 + 54 = 83.09 (× 55000 = 4570000)
    assertThat((550 * f.skdFactor() + 100 * f.skbFactor()) / (double) f.denominator()).isEqualTo(100.0);
    assertThat(400 * f.skdFactor() + 90 * f.skbFactor()).isEqualTo(4_570_000L);
    assertThat(f.orderingSql("s", "b")).isEqualTo("s * 4000 + b * 33000");
    assertThat(f.text()).isEqualTo("40% SKD (dari 550) + 60% SKB (dari 100)");
  }
}
