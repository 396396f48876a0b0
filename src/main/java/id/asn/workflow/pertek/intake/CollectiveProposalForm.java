package id.asn.workflow.pertek.intake;

import id.asn.workflow.kernel.FieldChecks;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.numbering.NomorIndukFormat;
import id.asn.workflow.pertek.CollectiveProposal.TingkatJabatan;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The covering letter's facts as a collective proposal's {@code pengantar} part states them, each checked with the
 * field it came from: the letter's number and date (not after today), and who signed it, at least JPT Pratama
 * (Lampiran I VI.A.4.a, II VI.4.a).
 */
public record CollectiveProposalForm(String jenisAsn, String nomorSurat, String tanggalSurat, String pejabatNama,
    String pejabatNip, String pejabatJabatan, String tingkatJabatan) {

  /** The facts, checked; problems are added and null is returned where a field is wrong. */
  Checked check(LocalDate today, List<FieldProblem> problems) {
    JenisAsn jenis = null;
    try {
      jenis = JenisAsn.valueOf(text(jenisAsn));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("jenisAsn", "PNS atau PPPK"));
    }
    LocalDate tanggal = null;
    try {
      tanggal = LocalDate.parse(text(tanggalSurat));
      if (tanggal.isAfter(today)) {
        problems.add(new FieldProblem("tanggalSurat", "tidak boleh sesudah hari ini (" + today + ")"));
      }
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem("tanggalSurat", "wajib diisi, YYYY-MM-DD"));
    }
    TingkatJabatan tingkat = null;
    try {
      tingkat = TingkatJabatan.valueOf(text(tingkatJabatan));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("tingkatJabatan", "surat pengantar ditandatangani PPK atau pejabat di bidang "
          + "kepegawaian paling rendah Pejabat Pimpinan Tinggi Pratama (VI.A.4.a): pilih "
          + Arrays.toString(TingkatJabatan.values())));
    }
    String nip = NomorIndukFormat.pnsNip(pejabatNip, "pejabatNip", problems);
    return new Checked(jenis, FieldChecks.requiredText(nomorSurat, "nomorSurat", 100, problems), tanggal,
        FieldChecks.requiredText(pejabatNama, "pejabatNama", 200, problems), nip,
        FieldChecks.requiredText(pejabatJabatan, "pejabatJabatan", 200, problems), tingkat);
  }

  record Checked(JenisAsn jenisAsn, String nomorSurat, LocalDate tanggalSurat, String pejabatNama, String pejabatNip,
      String pejabatJabatan, TingkatJabatan tingkatJabatan) {}

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
