package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.recruitment.PppkThreshold;
import id.asn.workflow.recruitment.PppkThresholds;
import id.asn.workflow.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/ambang-batas-pppk.dmn through the engine, behind the recruitment port. */
@AppTest
class PppkThresholdDecisionTest {

  @Autowired PppkThresholds thresholds;

  @Test
  void in2023APositionWithoutACertificateNeedsItsTechnicalThresholdAnd117And24() {
    assertThat(thresholds.of(2023, false, 300)).isEqualTo(new PppkThreshold(300, 117, 24));
    assertThat(thresholds.of(2023, false, 255)).isEqualTo(new PppkThreshold(255, 117, 24));
  }

  @Test
  void in2023APositionThatRequiresACertificatePassesByRankAlone() {
    assertThat(thresholds.of(2023, true, null)).isEqualTo(new PppkThreshold(null, null, null));
    assertThat(thresholds.of(2023, true, 300)).isEqualTo(new PppkThreshold(null, null, null));
  }

  @Test
  void in2024EveryPositionPassesByRankAlone() {
    assertThat(thresholds.of(2024, false, 300)).isEqualTo(new PppkThreshold(null, null, null));
    assertThat(thresholds.of(2024, false, null)).isEqualTo(new PppkThreshold(null, null, null));
    assertThat(thresholds.of(2024, true, null)).isEqualTo(new PppkThreshold(null, null, null));
  }

  @Test
  void aYearOrAPositionTheTableDoesNotKnowIsRefusedNotGuessed() {
    assertThatThrownBy(() -> thresholds.of(2023, false, null))
        .isInstanceOf(PppkThresholds.UnknownThresholdException.class).hasMessageContaining("isi kolom ambangTeknis");
    assertThatThrownBy(() -> thresholds.of(2022, false, 300))
        .isInstanceOf(PppkThresholds.UnknownThresholdException.class).hasMessageContaining("tahun 2022");
  }
}
