package id.asn.workflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.pertek.intake.UsulFormValidator;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Composing the wording from the table's phrases; the phrases themselves are tested through the engine. */
class OathWordingTest {

  private static final String BODY = "bahwa saya, untuk diangkat menjadi Pegawai Negeri Sipil, ... untuk kepentingan negara.";

  @Test
  void theReligionsAreThoseTheUsulNiRecords() {
    assertThat(Arrays.stream(Agama.values()).map(Agama::name)).containsExactlyElementsOf(UsulFormValidator.AGAMA);
  }

  @Test
  void openingBodyAndClosingSentence() {
    OathWording wording = OathWording.compose(Agama.KRISTEN, OathForm.SUMPAH,
        new OathPhrases("Demi Allah, saya bersumpah", "Kiranya Tuhan menolong saya", false), BODY, null);
    assertThat(wording.text()).isEqualTo("Demi Allah, saya bersumpah " + BODY + " Kiranya Tuhan menolong saya.");
  }

  @Test
  void noClosingWhereTheTableGivesNone() {
    OathWording wording = OathWording.compose(Agama.ISLAM, OathForm.SUMPAH,
        new OathPhrases("Demi Allah, saya bersumpah", "", false), BODY, "");
    assertThat(wording.penutup()).isNull();
    assertThat(wording.text()).isEqualTo("Demi Allah, saya bersumpah " + BODY);
  }

  @Test
  void aBelieverSwearsWithTheirOwnSentenceInPlaceOfDemiAllah() {
    OathWording wording = OathWording.compose(Agama.KEPERCAYAAN, OathForm.SUMPAH,
        new OathPhrases("saya bersumpah", null, true), BODY, "Demi Tuhan Yang Maha Esa");
    assertThat(wording.pembukaan()).isEqualTo("Demi Tuhan Yang Maha Esa, saya bersumpah");
  }

  @Test
  void theBelieversSentenceIsRequiredWhereTheTableAsksForIt() {
    assertThatThrownBy(() -> OathWording.compose(Agama.KEPERCAYAAN, OathForm.SUMPAH,
        new OathPhrases("saya bersumpah", null, true), BODY, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VII.C.11");
  }

  @Test
  void andRefusedWhereItDoesNot() {
    assertThatThrownBy(() -> OathWording.compose(Agama.ISLAM, OathForm.SUMPAH,
        new OathPhrases("Demi Allah, saya bersumpah", null, false), BODY, "Demi langit"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUMPAH ISLAM");
  }
}
