package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.ApplicantAge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrative requirements of a PPPK applicant that follow from the data (Lampiran II IV.B):
 * <ul>
 * <li>age (IV.B.1.a, counted on the day of application from the birth date of the diploma, IV.B.3): the rule of
 * {@link ApplicantAge}, at least its minimum and applying no later than the day one turns the position's BUP minus
 * its years (for BUP 58 and one year, the 57th birthday);</li>
 * <li>an education level the formasi accepts (IV.B.1.e);</li>
 * <li>a valid professional certificate where the position requires one (IV.B.1.f);</li>
 * <li>never dismissed with honour not at own request or without honour (IV.B.1.c), except a former PPPK dismissed
 * for missing performance targets or for a disciplinary offence (IV.B.2).</li>
 * </ul>
 */
final class PppkEligibility {

  private PppkEligibility() {}

  public static Eligibility.Decision check(Pelamar pelamar, Formasi formasi, LocalDate tanggalMelamar,
      ApplicantAge age) {
    List<String> reasons = new ArrayList<>();
    if (formasi == null) {
      reasons.add("formasi " + pelamar.kodeFormasi() + " tidak ada pada periode ini");
      return new Eligibility.Decision(false, List.copyOf(reasons));
    }
    age.pppkProblem(pelamar.tanggalLahir(), tanggalMelamar, formasi.batasUsiaPensiun())
        .ifPresent(reasons::add);
    Eligibility.education(pelamar, formasi, reasons);
    if (formasi.sertifikasiWajib() && !pelamar.sertifikatProfesi()) {
      reasons.add("jabatan mensyaratkan sertifikat profesi yang masih berlaku");
    }
    Pemberhentian pemberhentian = pelamar.pemberhentian();
    if (pemberhentian != null && !pemberhentian.dikecualikan()) {
      reasons.add(pemberhentian.uraian());
    }
    return new Eligibility.Decision(reasons.isEmpty(), List.copyOf(reasons));
  }
}
