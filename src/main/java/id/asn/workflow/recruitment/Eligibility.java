package id.asn.workflow.recruitment;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrative requirements that follow from the data (PNS IV.B.1): aged 18 to 35 when applying (40 for
 * the positions flagged as exceptions), and an education level the formasi accepts. Age is in completed
 * years: an applicant of 35 years and 11 months is still 35. Someone born on 29 February completes a year on
 * 1 March in a year without that day.
 */
final class Eligibility {

  public static final int USIA_MINIMAL = 18;

  private Eligibility() {}

  /** The outcome for one applicant: passes, or does not with every reason. */
  public record Decision(boolean memenuhiSyarat, List<String> alasan) {

    public String alasanText() {
      return alasan.isEmpty() ? null : String.join("; ", alasan);
    }
  }

  /** The check of the period's kind: PNS as below, PPPK as {@link PppkEligibility}. */
  public static Decision check(JenisSeleksi jenis, Pelamar pelamar, Formasi formasi, LocalDate tanggalMelamar) {
    return jenis == JenisSeleksi.PPPK ? PppkEligibility.check(pelamar, formasi, tanggalMelamar)
        : check(pelamar, formasi, tanggalMelamar);
  }

  public static Decision check(Pelamar pelamar, Formasi formasi, LocalDate tanggalMelamar) {
    List<String> reasons = new ArrayList<>();
    if (formasi == null) {
      reasons.add("formasi " + pelamar.kodeFormasi() + " tidak ada pada periode ini");
    } else {
      int usia = ageOn(pelamar.tanggalLahir(), tanggalMelamar);
      if (usia < USIA_MINIMAL) {
        reasons.add("usia " + usia + " tahun pada " + tanggalMelamar + ", kurang dari " + USIA_MINIMAL + " tahun");
      } else if (usia > formasi.batasUsia()) {
        reasons.add("usia " + usia + " tahun pada " + tanggalMelamar + ", lebih dari " + formasi.batasUsia() + " tahun");
      }
      education(pelamar, formasi, reasons);
    }
    return new Decision(reasons.isEmpty(), List.copyOf(reasons));
  }

  static void education(Pelamar pelamar, Formasi formasi, List<String> reasons) {
    if (!formasi.kualifikasi().contains(pelamar.pendidikan())) {
      reasons.add("pendidikan " + pelamar.pendidikan() + " tidak sesuai kualifikasi formasi (" + formasi.kualifikasiText() + ")");
    }
  }

  /** Completed years from birth to the day. */
  public static int ageOn(LocalDate born, LocalDate day) {
    return Period.between(born, day).getYears();
  }
}
