package id.asn.workflow.kernel;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The one age rule of CASN applicants, counted on the day of application (Lampiran I IV.B.1.a, II IV.B.1.a), with
 * the limits of {@code processes/batas-usia-pelamar.dmn} ({@link ApplicantAgeLimits}): the recruitment's
 * eligibility and the Kanreg's pre-check both ask it. Age is in completed years (35 years and 11 months is 35); one
 * born on 29 February completes a year on 1 March in a year without that day.
 * <ul>
 *   <li>PNS: at least {@code pnsMin}, at most {@code pnsMax}, or {@code pnsMaxNamedPositions} for the positions a
 *       Presidential Regulation names (the formasi says which; IV.B.3-4);</li>
 *   <li>PPPK: at least {@code pppkMin}, and at most {@code pppkYearsBeforeRetirement} before the position's
 *       retirement age (BUP): the last day one may apply is the day one turns BUP minus that.</li>
 * </ul>
 */
public record ApplicantAge(int pnsMin, int pnsMax, int pnsMaxNamedPositions, int pppkMin,
    int pppkYearsBeforeRetirement) {

  /** Completed years from birth to the day. */
  public static int on(LocalDate born, LocalDate day) {
    return Period.between(born, day).getYears();
  }

  /** The day one turns {@code years}: 29 February gives 1 March in a year without it. */
  public static LocalDate birthday(LocalDate born, int years) {
    LocalDate day = born.plusYears(years);
    return day.getDayOfMonth() == born.getDayOfMonth() ? day : day.plusDays(1);
  }

  /** Whether {@code maxAge} is one of the PNS upper limits a formasi may have. */
  public boolean isPnsUpperLimit(int maxAge) {
    return maxAge == pnsMax || maxAge == pnsMaxNamedPositions;
  }

  /** The age one may not exceed when applying to a position whose retirement age is {@code bup}. */
  public int pppkMax(int bup) {
    return bup - pppkYearsBeforeRetirement;
  }

  /** The last day a PPPK applicant may apply to a position whose retirement age is {@code bup}. */
  public LocalDate pppkLastDayToApply(LocalDate born, int bup) {
    return birthday(born, pppkMax(bup));
  }

  /** Why a PNS applicant of the formasi's upper limit {@code maxAge} is too young or too old, if they are. */
  public Optional<String> pnsProblem(LocalDate born, LocalDate applied, int maxAge) {
    int age = on(born, applied);
    if (age < pnsMin) {
      return Optional.of("usia " + age + " tahun pada " + applied + ", kurang dari " + pnsMin + " tahun");
    }
    if (age > maxAge) {
      return Optional.of("usia " + age + " tahun pada " + applied + ", lebih dari " + maxAge + " tahun");
    }
    return Optional.empty();
  }

  /** The rule as the committee's form states it, for a PNS or a PPPK selection. */
  public String text(boolean pppk) {
    return pppk
        ? "usia paling rendah " + pppkMin + " tahun dan paling tinggi " + pppkYearsBeforeRetirement + " tahun sebelum "
            + "batas usia pensiun jabatan yang dilamar, pada saat melamar"
        : "usia " + pnsMin + " sampai " + pnsMax + " tahun pada saat melamar (" + pnsMaxNamedPositions + " untuk "
            + "jabatan pengecualian)";
  }

  /** Why a PPPK applicant is too young, or too old for a position of retirement age {@code bup} (null: not known). */
  public Optional<String> pppkProblem(LocalDate born, LocalDate applied, Integer bup) {
    int age = on(born, applied);
    if (age < pppkMin) {
      return Optional.of("usia " + age + " tahun pada " + applied + ", kurang dari " + pppkMin + " tahun");
    }
    if (bup != null && applied.isAfter(pppkLastDayToApply(born, bup))) {
      return Optional.of("pada " + applied + " lebih dari " + pppkMax(bup) + " tahun (" + pppkYearsBeforeRetirement
          + " tahun sebelum batas usia pensiun jabatan " + bup + " tahun); paling lambat melamar "
          + pppkLastDayToApply(born, bup));
    }
    return Optional.empty();
  }
}
