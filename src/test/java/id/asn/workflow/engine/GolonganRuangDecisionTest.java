package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.appointment.GolonganRuang;
import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.pertek.intake.UsulFormValidator;
import id.asn.workflow.support.AppTest;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/golongan-ruang.dmn for every education level a CPNS can be appointed with (VI.A.7). */
@AppTest
class GolonganRuangDecisionTest {

  @Autowired
  DecisionService decisions;

  private String grade(String pendidikan) {
    return decisions.evaluateDecisionTableByKey(PertekProcess.DECISION_GOLONGAN_RUANG,
        Map.of("pendidikan", pendidikan)).getSingleEntry();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "SLTA, II/a",      // VI.A.7.1
      "D2, II/a",        // VI.A.7.2 Diploma II SGPLB
      "D3, II/c",        // VI.A.7.3
      "S1, III/a",       // VI.A.7.4
      "D4, III/a",       // VI.A.7.4
      "S2, III/b",       // VI.A.7.5
      "DOKTER, III/b",   // VI.A.7.5
      "APOTEKER, III/b", // VI.A.7.5
      "S3, III/c",       // VI.A.7.6
  })
  void entryGradeByEducation(String pendidikan, String golongan) {
    assertThat(grade(pendidikan)).isEqualTo(golongan);
  }

  @Test
  void everyEducationTheUsulNiAcceptsHasAGradeTheRankScaleKnows() {
    for (String pendidikan : UsulFormValidator.PENDIDIKAN) {
      assertThat(GolonganRuang.ofKode(grade(pendidikan))).as(pendidikan).isNotNull();
    }
  }
}
