package id.asn.workflow.appointment;

import java.util.Objects;

/** The oath or pledge a CPNS speaks, whole (Perbup Batang 6/2023 Lampiran I VII.C.4-11). */
public record OathWording(Agama agama, OathForm bentuk, String pembukaan, String isi, String penutup) {

  public OathWording {
    Objects.requireNonNull(agama, "agama");
    Objects.requireNonNull(bentuk, "bentuk");
    Objects.requireNonNull(pembukaan, "pembukaan");
    Objects.requireNonNull(isi, "isi");
  }

  /**
   * Puts the table's phrases around the body. For a believer swearing by their belief (VII.C.11) the phrase
   * "Demi Allah" is replaced by the sentence they give; anyone else gives none.
   */
  public static OathWording compose(Agama agama, OathForm bentuk, OathPhrases phrases, String body,
      String kalimatKepercayaan) {
    String own = kalimatKepercayaan == null ? "" : kalimatKepercayaan.strip();
    if (phrases.kalimatKepercayaan() && own.isEmpty()) {
      throw new IllegalArgumentException("Sumpah menurut kepercayaan terhadap Tuhan Yang Maha Esa: frasa \"Demi Allah\" "
          + "diganti dengan kalimat yang sesuai dengan kepercayaannya (VII.C.11); kalimat itu belum diisi");
    }
    if (!phrases.kalimatKepercayaan() && !own.isEmpty()) {
      throw new IllegalArgumentException("Kalimat kepercayaan hanya untuk sumpah menurut kepercayaan (VII.C.11), bukan "
          + bentuk + " " + agama);
    }
    String opening = phrases.kalimatKepercayaan() ? own + ", " + phrases.pembukaan() : phrases.pembukaan();
    return new OathWording(agama, bentuk, opening, body, phrases.penutup());
  }

  /** The words as spoken: opening, body and, where there is one, the closing words as a last sentence. */
  public String text() {
    return pembukaan + " " + isi + (penutup == null ? "" : " " + penutup + ".");
  }
}
