package id.asn.workflow.workforce;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
/** BKN's technical consideration: issue it with the considerations written out, or send the proposal back. */
record ConsiderationDecision(Keputusan keputusan, String catatan) {

  public enum Keputusan { TERBITKAN, KEMBALIKAN }

  public static ConsiderationDecision of(CompletionValues values) {
    String text = values.text("keputusanPertimbangan");
    Keputusan keputusan;
    if (text.isEmpty()) {
      throw new InvalidCompletionException("keputusanPertimbangan", "wajib diisi: TERBITKAN atau KEMBALIKAN");
    }
    try {
      keputusan = Keputusan.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException("keputusanPertimbangan", "harus TERBITKAN atau KEMBALIKAN, bukan '" + text + "'");
    }
    String catatan = values.requiredText("catatanPertimbangan", 8000, keputusan == Keputusan.KEMBALIKAN
        ? "alasan pengembalian yang dapat ditindaklanjuti instansi"
        : "uraian pertimbangan teknis yang dimuat dalam dokumen");
    return new ConsiderationDecision(keputusan, catatan);
  }
}
