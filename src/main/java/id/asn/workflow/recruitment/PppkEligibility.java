package id.asn.workflow.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrative requirements of a PPPK applicant that follow from the data (Lampiran II IV.B):
 * <ul>
 * <li>age (IV.B.1.a, counted on the day of application from the birth date of the diploma, IV.B.3): at least 20
 * completed years, and at most 1 year before the retirement age (BUP) of the position, that is no older than
 * BUP − 1 years: the last day one may apply is the day one turns BUP − 1 (for BUP 58, the 57th birthday). Someone
 * born on 29 February turns a year older on 1 March in a year without that day, as for PNS;</li>
 * <li>an education level the formasi accepts (IV.B.1.e);</li>
 * <li>a valid professional certificate where the position requires one (IV.B.1.f);</li>
 * <li>never dismissed with honour not at own request or without honour (IV.B.1.c), except a former PPPK dismissed
 * for missing performance targets or for a disciplinary offence (IV.B.2).</li>
 * </ul>
 */
final class PppkEligibility {

  public static final int USIA_MINIMAL = 20;

  private PppkEligibility() {}

  public static Eligibility.Decision check(Pelamar pelamar, Formasi formasi, LocalDate tanggalMelamar) {
    List<String> reasons = new ArrayList<>();
    if (formasi == null) {
      reasons.add("formasi " + pelamar.kodeFormasi() + " tidak ada pada periode ini");
      return new Eligibility.Decision(false, List.copyOf(reasons));
    }
    int usia = Eligibility.ageOn(pelamar.tanggalLahir(), tanggalMelamar);
    if (usia < USIA_MINIMAL) {
      reasons.add("usia " + usia + " tahun pada " + tanggalMelamar + ", kurang dari " + USIA_MINIMAL + " tahun");
    } else if (formasi.batasUsiaPensiun() != null) {
      LocalDate last = lastDayToApply(pelamar.tanggalLahir(), formasi.batasUsiaPensiun());
      if (tanggalMelamar.isAfter(last)) {
        reasons.add("pada " + tanggalMelamar + " lebih dari " + (formasi.batasUsiaPensiun() - 1) + " tahun (1 tahun "
            + "sebelum batas usia pensiun jabatan " + formasi.batasUsiaPensiun() + " tahun); paling lambat melamar "
            + last);
      }
    }
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

  /** The last day someone born on {@code born} may apply for a position of retirement age {@code bup}. */
  public static LocalDate lastDayToApply(LocalDate born, int bup) {
    return birthday(born, bup - 1);
  }

  /** The day one turns {@code years}: 29 February gives 1 March in a year without it. */
  static LocalDate birthday(LocalDate born, int years) {
    LocalDate day = born.plusYears(years);
    return day.getDayOfMonth() == born.getDayOfMonth() ? day : day.plusDays(1);
  }
}
