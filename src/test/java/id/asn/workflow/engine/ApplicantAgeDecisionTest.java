package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.ApplicantAge;
import id.asn.workflow.kernel.ApplicantAgeLimits;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.support.ShippedApplicantAge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/batas-usia-pelamar.dmn through the engine, behind the kernel port (Lampiran I IV.B.1, 3; II IV.B.1). */
@AppTest
class ApplicantAgeDecisionTest {

  @Autowired ApplicantAgeLimits limits;

  @Test
  void pnsFrom18To35Or40ForNamedPositionsAndPppkFrom20ToAYearBeforeRetirement() {
    assertThat(limits.current()).isEqualTo(new ApplicantAge(18, 35, 40, 20, 1))
        .isEqualTo(ShippedApplicantAge.LIMITS);
    assertThat(limits.current().pppkMax(58)).isEqualTo(57);
    assertThat(limits.current().isPnsUpperLimit(40)).isTrue();
    assertThat(limits.current().isPnsUpperLimit(38)).isFalse();
  }
}
