package id.asn.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.pertek.intake.UsulForm;
import id.asn.workflow.pertek.intake.UsulFormValidator;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimulatedCandidatesTest {

  @Test
  void everySimulatedCandidatePassesTheIntakeRules() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 500; i++) {
      UsulForm form = SimulatedCandidates.next(random);
      assertThat(UsulFormValidator.validate(form, LocalDate.of(2026, 1, 1)).problems()).as(form.toString()).isEmpty();
    }
  }
}
