package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.ApplicantAge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrative requirements that follow from the data (PNS IV.B.1): the age rule of {@link ApplicantAge}
 * (between its limits when applying, the higher limit for the positions flagged as exceptions), and an education
 * level the formasi accepts.
 */
final class Eligibility {

  private Eligibility() {}

  /** The outcome for one applicant: passes, or does not with every reason. */
  public record Decision(boolean memenuhiSyarat, List<String> alasan) {

    public String alasanText() {
      return alasan.isEmpty() ? null : String.join("; ", alasan);
    }

    /** This decision with one more reason not to pass, when there is one (a bar such as VI.B.8). */
    public Decision barredBy(String reason) {
      if (reason == null) {
        return this;
      }
      List<String> reasons = new ArrayList<>(alasan);
      reasons.add(reason);
      return new Decision(false, List.copyOf(reasons));
    }
  }

  /** The check of the period's kind: PNS as below, PPPK as {@link PppkEligibility}. */
  public static Decision check(JenisSeleksi jenis, Pelamar pelamar, Formasi formasi, LocalDate tanggalMelamar,
      ApplicantAge age) {
    return jenis == JenisSeleksi.PPPK ? PppkEligibility.check(pelamar, formasi, tanggalMelamar, age)
        : check(pelamar, formasi, tanggalMelamar, age);
  }

  public static Decision check(Pelamar pelamar, Formasi formasi, LocalDate tanggalMelamar, ApplicantAge age) {
    List<String> reasons = new ArrayList<>();
    if (formasi == null) {
      reasons.add("formasi " + pelamar.kodeFormasi() + " tidak ada pada periode ini");
    } else {
      age.pnsProblem(pelamar.tanggalLahir(), tanggalMelamar, formasi.batasUsia()).ifPresent(reasons::add);
      education(pelamar, formasi, reasons);
    }
    return new Decision(reasons.isEmpty(), List.copyOf(reasons));
  }

  static void education(Pelamar pelamar, Formasi formasi, List<String> reasons) {
    if (!formasi.kualifikasi().contains(pelamar.pendidikan())) {
      reasons.add("pendidikan " + pelamar.pendidikan() + " tidak sesuai kualifikasi formasi (" + formasi.kualifikasiText() + ")");
    }
  }
}
