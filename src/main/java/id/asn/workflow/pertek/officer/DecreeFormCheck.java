package id.asn.workflow.pertek.officer;

import id.asn.workflow.kernel.FieldChecks;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.numbering.NomorIndukFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads a signer's decree from its form, naming every field that is wrong. */
final class DecreeFormCheck {

  private DecreeFormCheck() {}

  static SignerDecree check(String userId, String nama, OfficerService.DecreeForm form, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    String nip = NomorIndukFormat.pnsNip(form.nip(), "nip", problems);
    String jabatan = FieldChecks.requiredText(form.jabatan(), "jabatan", 200, problems);
    String nomor = FieldChecks.requiredText(form.nomor(), "nomor", 100, problems);
    LocalDate tanggal = FieldChecks.optionalDate(form.tanggal(), "tanggal", problems);
    if (tanggal == null && problems.stream().noneMatch(p -> p.field().equals("tanggal"))) {
      problems.add(new FieldProblem("tanggal", "wajib diisi (YYYY-MM-DD)"));
    } else if (tanggal != null && tanggal.isAfter(today)) {
      problems.add(new FieldProblem("tanggal", "tidak boleh sesudah hari ini (" + today + ")"));
    }
    LocalDate mulai = FieldChecks.optionalDate(form.berlakuMulai(), "berlakuMulai", problems);
    LocalDate sampai = FieldChecks.optionalDate(form.berlakuSampai(), "berlakuSampai", problems);
    LocalDate from = mulai != null ? mulai : tanggal;
    if (from != null && sampai != null && sampai.isBefore(from)) {
      problems.add(new FieldProblem("berlakuSampai", "tidak boleh sebelum mulai berlaku (" + from + ")"));
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    return new SignerDecree(userId, nama, nip, jabatan, nomor, tanggal, from, sampai);
  }
}
