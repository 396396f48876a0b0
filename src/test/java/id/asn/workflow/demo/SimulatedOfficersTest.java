package id.asn.workflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.demo.SimulatedOfficers.Decision;
import id.asn.workflow.demo.SimulatedOfficers.Plan;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SimulatedOfficersTest {

  @Test
  void theSamePlanForTheSameTaskOnEveryNode() {
    assertThat(SimulatedOfficers.verification("t-1", 600)).isEqualTo(SimulatedOfficers.verification("t-1", 600));
  }

  @Test
  void mostPassesAreWithinTheStandardAndSomeAreNot() {
    int n = 10_000;
    int verificationBreaches = 0;
    int signingBreaches = 0;
    int returned = 0;
    for (int i = 0; i < n; i++) {
      String id = UUID.randomUUID().toString();
      Plan v = SimulatedOfficers.verification(id, 600);
      Plan s = SimulatedOfficers.signing(id, 120);
      assertThat(v.pickupSeconds()).isPositive().isLessThan(v.totalSeconds());
      assertThat(v.officer()).isIn((Object[]) SimulatedOfficers.PEMROSES);
      assertThat(s.officer()).isIn((Object[]) SimulatedOfficers.PENANDATANGAN);
      verificationBreaches += v.totalSeconds() > 600 ? 1 : 0;
      signingBreaches += s.totalSeconds() > 120 ? 1 : 0;
      returned += s.decision() == Decision.KEMBALIKAN ? 1 : 0;
    }
    assertThat(verificationBreaches / (double) n).isBetween(0.05, 0.25);
    assertThat(signingBreaches / (double) n).isBetween(0.05, 0.25);
    assertThat(returned / (double) n).isBetween(0.07, 0.13);
  }
}
