package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.Objects;

/** The signing official's decision on tandaTanganPertek, and the four-eyes rule that guards it. */
record SigningDecision(Keputusan keputusan, String catatan) {

  public enum Keputusan { SETUJU, KEMBALIKAN }

  public static SigningDecision of(Object keputusanValue, Object catatanValue) {
    if (!(keputusanValue instanceof String text) || text.isBlank()) {
      throw new InvalidCompletionException("keputusanPenandatanganan", "wajib diisi: SETUJU atau KEMBALIKAN");
    }
    Keputusan keputusan;
    try {
      keputusan = Keputusan.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException("keputusanPenandatanganan", "harus SETUJU atau KEMBALIKAN, bukan '" + text + "'");
    }
    String catatan = catatanValue == null ? "" : String.valueOf(catatanValue).strip();
    if (keputusan == Keputusan.KEMBALIKAN && catatan.isEmpty()) {
      throw new InvalidCompletionException("catatanPenandatanganan",
          "wajib diisi bila dikembalikan: Tim Pemroses perlu tahu apa yang tidak sesuai");
    }
    if (catatan.length() > VerificationDecision.MAX_REASON) {
      throw new InvalidCompletionException("catatanPenandatanganan", "paling banyak " + VerificationDecision.MAX_REASON
          + " karakter");
    }
    return new SigningDecision(keputusan, catatan.isEmpty() ? null : catatan);
  }

  /** Four eyes: whoever verified a usul last may not sign its Pertek. */
  public static void requireOtherThanVerifier(String signer, String lastVerifier) {
    if (signer == null || signer.isBlank()) {
      throw new InvalidCompletionException("penandatangan", "tugas harus diklaim dulu oleh pejabat penandatangan");
    }
    if (Objects.equals(signer, lastVerifier)) {
      throw new InvalidCompletionException("penandatangan", "pengguna " + signer
          + " memverifikasi usul ini; Pertek harus ditandatangani pejabat lain (prinsip empat mata)");
    }
  }
}
