package id.asn.workflow.appointment;

/**
 * The oath's wording by religion and form. The rule is data, the decision tables of {@code processes/lafal-sumpah.dmn}
 * (the phrases of Perbup Batang 6/2023 Lampiran I VII.C.4-11); they are evaluated in the engine package, the
 * only one that talks to the engine.
 */
public interface OathWordings {

  OathPhrases phrases(Agama agama, OathForm bentuk);

  /** The body every CPNS speaks after the opening, from "bahwa saya, untuk diangkat ..." (VII.C.4). */
  String body();

  /** The whole wording; {@code kalimatKepercayaan} is the believer's own sentence, needed only where VII.C.11 asks. */
  default OathWording wording(Agama agama, OathForm bentuk, String kalimatKepercayaan) {
    return OathWording.compose(agama, bentuk, phrases(agama, bentuk), body(), kalimatKepercayaan);
  }
}
