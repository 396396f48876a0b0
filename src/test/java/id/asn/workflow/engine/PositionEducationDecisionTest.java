package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.pertek.kanreg.PositionEducation;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.support.ShippedPositionEducation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/pendidikan-jabatan.dmn through the engine, behind the Kanreg pre-check's port. */
@AppTest
class PositionEducationDecisionTest {

  @Autowired PositionEducation education;

  @Test
  void everyGroupHasItsRowAndTheEngineGivesTheShippedOne() {
    for (PositionEducation.Kelompok kelompok : PositionEducation.Kelompok.values()) {
      assertThat(education.of(kelompok)).as(kelompok.name()).isEqualTo(ShippedPositionEducation.INSTANCE.of(kelompok));
    }
    assertThat(education.of(PositionEducation.Kelompok.KEAHLIAN).diterima()).contains("S1", "D4").doesNotContain("D3");
    assertThat(education.of(PositionEducation.Kelompok.KETERAMPILAN).diterima()).contains("D3").doesNotContain("SLTA");
  }
}
