package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.recruitment.ScoreScale;
import id.asn.workflow.recruitment.ScoreScales;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.support.ShippedScoreScales;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/nilai-seleksi.dmn through the engine, behind the recruitment port. */
@AppTest
class ScoreScaleDecisionTest {

  @Autowired ScoreScales scales;

  @Test
  void from2023TheMaximaAreTwk150Tiu175Tkp225Skb100AndPppk450And180And40WithSkd40AndSkb60PercentAndThreeTimesTheVacancies() {
    ScoreScale expected = new ScoreScale(150, 175, 225, 100, 450, 180, 40, 40, 60, 3);
    assertThat(scales.of(2023)).isEqualTo(expected);
    assertThat(scales.of(2024)).isEqualTo(expected).isEqualTo(ShippedScoreScales.INSTANCE.of(2024));
    assertThat(expected.skdTotal()).isEqualTo(550);
  }

  @Test
  void aYearTheTablesDoNotHoldIsRefusedAsMissingReferenceData() {
    assertThatThrownBy(() -> scales.of(2022)).isInstanceOf(Refusal.class)
        .hasMessageContaining("processes/nilai-seleksi.dmn").hasMessageContaining("tahun 2022")
        .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.CONFLICT));
  }
}
