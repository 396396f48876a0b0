package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.GolonganRuang.III_A;
import static id.asn.workflow.appointment.GolonganRuang.III_B;
import static id.asn.workflow.appointment.GolonganRuang.II_C;
import static id.asn.workflow.appointment.GolonganRuang.IV_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** VII.C.16: two PNS witnesses whose rank is at least the rank of the one who swears. */
class OathWitnessesTest {

  private static final OathPerson PNS = new OathPerson("Siti Aminah", "199805172025062001", III_A, "Analis Kebijakan");

  private static OathPerson witness(String name, String nip, GolonganRuang rank) {
    return new OathPerson(name, nip, rank, "");
  }

  @Test
  void witnessesOfTheSameOrAHigherRank() {
    assertThatCode(() -> OathWitnesses.check(PNS, List.of(witness("Budi", "198001012005011001", III_A),
        witness("Wati", "197502022000032002", IV_A)))).doesNotThrowAnyException();
  }

  @Test
  void aLowerRankedWitnessIsNamed() {
    assertThatThrownBy(() -> OathWitnesses.check(PNS, List.of(witness("Budi Santoso", "198001012005011001", II_C),
        witness("Wati", "197502022000032002", III_B))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Saksi Budi Santoso berpangkat Pengatur, II/c")
        .hasMessageContaining("Penata Muda, III/a");
  }

  @Test
  void exactlyTwoDifferentWitnesses() {
    OathPerson budi = witness("Budi", "198001012005011001", III_A);
    assertThatThrownBy(() -> OathWitnesses.check(PNS, List.of(budi))).hasMessageContaining("2 (dua) orang PNS");
    assertThatThrownBy(() -> OathWitnesses.check(PNS, List.of(budi, budi))).hasMessageContaining("orang yang sama");
    assertThatThrownBy(() -> OathWitnesses.check(PNS, List.of(budi, PNS))).hasMessageContaining("sendiri");
  }

  @Test
  void aWitnessWithoutARankIsNamed() {
    assertThatThrownBy(() -> OathWitnesses.check(PNS, List.of(witness("Budi", "198001012005011001", III_A),
        witness("Wati", "197502022000032002", null)))).hasMessageContaining("saksi Wati");
  }

  @Test
  void ranksCompareInTheirOrder() {
    assertThat(III_A.atLeast(II_C)).isTrue();
    assertThat(III_A.atLeast(III_A)).isTrue();
    assertThat(III_A.atLeast(III_B)).isFalse();
    assertThat(GolonganRuang.ofKode("IV/e")).isEqualTo(GolonganRuang.IV_E);
    assertThat(GolonganRuang.ofKode("III/a").pangkat()).isEqualTo("Penata Muda");
    assertThatThrownBy(() -> GolonganRuang.ofKode("III/f")).isInstanceOf(IllegalArgumentException.class);
  }
}
