package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.support.ShippedEffectiveHours;
import id.asn.workflow.workforce.EffectiveHours;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/jam-kerja-efektif.dmn through the engine, behind the workforce port. */
@AppTest
class EffectiveHoursDecisionTest {

  @Autowired EffectiveHours hours;

  @Test
  void from2022AYearHas1250EffectiveWorkingHours() {
    assertThat(hours.perYear(2022)).isEqualTo(1250);
    assertThat(hours.perYear(2027)).isEqualTo(1250).isEqualTo(ShippedEffectiveHours.HOURS);
  }

  @Test
  void aYearBeforeTheTableIsRefusedAsMissingReferenceData() {
    assertThatThrownBy(() -> hours.perYear(2021)).isInstanceOf(Refusal.class)
        .hasMessageContaining("processes/jam-kerja-efektif.dmn").hasMessageContaining("tahun 2021");
  }
}
