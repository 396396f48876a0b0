package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.kernel.InvalidCompletionException;

/** Tim Pemroses' outcome of verifikasiUsul, checked as the server receives it (Tasklist sends untyped values). */
record VerificationDecision(Hasil hasil, String alasan) {

  public enum Hasil { MS, BTS, TMS }

  static final int MAX_REASON = 2000;

  public static VerificationDecision of(Object hasilValue, Object alasanValue) {
    if (!(hasilValue instanceof String text) || text.isBlank()) {
      throw new InvalidCompletionException("hasilVerifikasi", "wajib diisi: MS, BTS atau TMS");
    }
    Hasil hasil;
    try {
      hasil = Hasil.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException("hasilVerifikasi", "harus MS, BTS atau TMS, bukan '" + text + "'");
    }
    String alasan = alasanValue == null ? "" : String.valueOf(alasanValue).strip();
    if (hasil != Hasil.MS && alasan.isEmpty()) {
      throw new InvalidCompletionException("alasanVerifikasi", "wajib diisi untuk " + hasil
          + ": instansi perlu tahu apa yang tidak sesuai");
    }
    if (alasan.length() > MAX_REASON) {
      throw new InvalidCompletionException("alasanVerifikasi", "paling banyak " + MAX_REASON + " karakter");
    }
    return new VerificationDecision(hasil, alasan.isEmpty() ? null : alasan);
  }
}
