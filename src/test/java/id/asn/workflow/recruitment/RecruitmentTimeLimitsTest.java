package id.asn.workflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.ShippedTimeLimits;
import org.junit.jupiter.api.Test;

/** The shipped time limits are the seed's: Lampiran I III.A.4, IV, V.B.10, V.C.2.a and V.D.4.c.2. */
class RecruitmentTimeLimitsTest {

  @Test
  void theShippedTableHoldsTheRegulationsDays() {
    assertThat(RecruitmentTimeLimits.from(ShippedTimeLimits.INSTANCE))
        .isEqualTo(new RecruitmentTimeLimits(15, 10, 14, 7, 30));
  }
}
