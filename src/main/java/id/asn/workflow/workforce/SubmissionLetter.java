package id.asn.workflow.workforce;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.LocalDate;

/**
 * The covering letter with which the proposal, approved by the PPK, goes to the Minister and BKN with the
 * instansi's strategic plan attached (Peraturan BKN 9/2022, tata cara penyampaian).
 */
record SubmissionLetter(String nomorSurat, LocalDate tanggalSurat, String disahkanOleh) {

  public static SubmissionLetter of(CompletionValues values, LocalDate today) {
    String nomor = values.requiredText("nomorSuratPengantar", 100, "nomor surat pengantar usul");
    LocalDate tanggal = values.requiredDate("tanggalSuratPengantar", "tanggal surat pengantar");
    if (tanggal.isAfter(today)) {
      throw new InvalidCompletionException("tanggalSuratPengantar", "tidak boleh setelah hari ini (" + today + ")");
    }
    String ppk = values.requiredText("disahkanOleh", 200, "nama PPK yang mengesahkan usul");
    values.requireTrue("renstraDilampirkan", "usul disampaikan dengan melampirkan rencana strategis instansi");
    return new SubmissionLetter(nomor, tanggal, ppk);
  }
}
