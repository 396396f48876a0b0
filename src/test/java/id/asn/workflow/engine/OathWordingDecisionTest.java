package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.appointment.PengangkatanProcess;
import id.asn.workflow.appointment.Agama;
import id.asn.workflow.appointment.OathForm;
import id.asn.workflow.appointment.OathPhrases;
import id.asn.workflow.appointment.OathWording;
import id.asn.workflow.appointment.OathWordings;
import id.asn.workflow.support.AppTest;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/lafal-sumpah.dmn through the engine, behind the appointment port: every religion and the pledge give
 * the exact words of Perbup Batang 6/2023 Lampiran I VII.C.
 */
@AppTest
class OathWordingDecisionTest {

  /** VII.C.4 as the seed prints it, after "Demi Allah, saya bersumpah ", up to where a fragment is missing. */
  private static final String VII_C_4_BEFORE = "bahwa saya, untuk diangkat menjadi Pegawai Negeri Sipil, akan setia dan "
      + "taat sepenuhnya kepada Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, negara dan "
      + "pemerintah; bahwa saya, akan mentaati segala peraturan perundang-undangan yang berlaku dan melaksanakan tugas "
      + "kedinasan";
  /** The seed's text extraction printed this part of the oath inside VII.C.11; it belongs in VII.C.4. */
  private static final String FRAGMENT_PRINTED_IN_VII_C_11 = "yang dipercayakan kepada saya dengan penuh pengabdian, "
      + "kesadaran, dan tanggung jawab; bahwa saya, akan senantiasa menjunjung tinggi kehormatan negara, pemerintah, dan "
      + "martabat pegawai negeri sipil, serta";
  /** The rest of VII.C.4. */
  private static final String VII_C_4_AFTER = "akan senantiasa mengutamakan kepentingan negara daripada kepentingan saya "
      + "sendiri, seseorang, atau golongan; bahwa saya, akan memegang rahasia sesuatu yang menurut sifatnya atau menurut "
      + "perintah harus saya rahasiakan; bahwa saya, akan bekerja dengan jujur, tertib, cermat, dan bersemangat untuk "
      + "kepentingan negara.";

  private static final String JANJI = "Demi Tuhan Yang Maha Esa, saya menyatakan dan berjanji dengan sungguh-sungguh";

  @Autowired
  OathWordings wordings;

  @Autowired
  DecisionService decisions;

  @ParameterizedTest(name = "{0}: {1} ... {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "ISLAM    | Demi Allah, saya bersumpah                | -",
      "KRISTEN  | Demi Allah, saya bersumpah                | Kiranya Tuhan menolong saya",
      "KATOLIK  | Demi Allah, saya bersumpah                | Kiranya Tuhan menolong saya",
      "HINDU    | Om Atah Paramawisesa, saya bersumpah      | -",
      "BUDDHA   | Demi Sang Hyang Adi Budha, saya bersumpah | -",
      "KONGHUCU | Kehadirat Tian di tempat yang Maha tinggi dengan bimbingan rohani Nabi Kong Zi, Dipermuliakanlah, saya bersumpah | -",
  })
  void theOathOfEachReligion(Agama agama, String opening, String closing) {
    assertThat(wordings.phrases(agama, OathForm.SUMPAH)).isEqualTo(new OathPhrases(opening, closing, false));
  }

  @Test
  void aBelieverOpensWithTheirOwnSentence() {
    assertThat(wordings.phrases(Agama.KEPERCAYAAN, OathForm.SUMPAH))
        .isEqualTo(new OathPhrases("saya bersumpah", null, true));
    assertThat(wordings.wording(Agama.KEPERCAYAAN, OathForm.SUMPAH, "Demi Tuhan Yang Maha Esa").pembukaan())
        .isEqualTo("Demi Tuhan Yang Maha Esa, saya bersumpah");
    assertThatThrownBy(() -> wordings.wording(Agama.KEPERCAYAAN, OathForm.SUMPAH, null))
        .hasMessageContaining("VII.C.11");
  }

  @ParameterizedTest
  @EnumSource(Agama.class)
  void thePledgeIsTheSameWhateverTheReligionAndHasNoClosing(Agama agama) {
    assertThat(wordings.phrases(agama, OathForm.JANJI)).isEqualTo(new OathPhrases(JANJI, null, false));
  }

  @Test
  void theBodyIsVIIC4WithTheFragmentTheSeedPrintedInVIIC11PutBack() {
    assertThat(wordings.body())
        .isEqualTo(VII_C_4_BEFORE + " " + FRAGMENT_PRINTED_IN_VII_C_11 + " " + VII_C_4_AFTER);
  }

  @Test
  void theWholeWordsOfAChristianOath() {
    OathWording wording = wordings.wording(Agama.KRISTEN, OathForm.SUMPAH, null);
    assertThat(wording.text()).startsWith("Demi Allah, saya bersumpah bahwa saya, untuk diangkat menjadi Pegawai Negeri Sipil,")
        .endsWith("untuk kepentingan negara. Kiranya Tuhan menolong saya.");
  }

  @Test
  void anUnknownReligionHasNoRow() {
    assertThat(decisions.evaluateDecisionTableByKey(PengangkatanProcess.DECISION_LAFAL_SUMPAH,
        java.util.Map.of("agama", "LAINNYA", "bentuk", "SUMPAH")).getResultList()).isEmpty();
  }
}
