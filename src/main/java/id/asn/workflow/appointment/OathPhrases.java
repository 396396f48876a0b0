package id.asn.workflow.appointment;

/**
 * One row of the decision table {@code lafalSumpah}: the opening words before "bahwa saya, ...", the words added at
 * the end (or none), and whether the opening must be preceded by the believer's own sentence (VII.C.11).
 */
public record OathPhrases(String pembukaan, String penutup, boolean kalimatKepercayaan) {

  public OathPhrases {
    if (pembukaan == null || pembukaan.isBlank()) {
      throw new IllegalArgumentException("pembukaan sumpah/janji kosong");
    }
    penutup = penutup == null || penutup.isBlank() ? null : penutup;
  }
}
