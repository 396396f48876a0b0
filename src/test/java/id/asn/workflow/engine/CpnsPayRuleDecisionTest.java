package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.appointment.CpnsPayRule;
import id.asn.workflow.appointment.CpnsPayRules;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.support.ShippedCpnsPayRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/gaji-cpns.dmn through the engine, behind the appointment port (Lampiran I VI.A.10.a, VI.A.11). */
@AppTest
class CpnsPayRuleDecisionTest {

  @Autowired CpnsPayRules rules;

  @Test
  void eightyPercentAndPrivateEmploymentFromAYearAtHalfForAtMostEightYearsWithLeftoverDaysAbove15RoundedUp() {
    assertThat(rules.of(2025)).isEqualTo(new CpnsPayRule(80, 1, 50, 8, 15)).isEqualTo(ShippedCpnsPayRules.RULE);
  }

  @Test
  void aYearBeforeTheTableIsRefusedAsMissingReferenceData() {
    assertThatThrownBy(() -> rules.of(2020)).isInstanceOf(Refusal.class)
        .hasMessageContaining("processes/gaji-cpns.dmn").hasMessageContaining("tahun 2020");
  }
}
