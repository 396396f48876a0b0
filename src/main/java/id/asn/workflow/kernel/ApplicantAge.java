package id.asn.workflow.kernel;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The one age rule of CASN applicants, counted on the day of application (Lampiran I IV.B.1.a, II IV.B.1.a): the
 * recruitment's eligibility and the Kanreg's pre-check both ask it. Age is in completed years (35 years and 11
 * months is 35); one born on 29 February completes a year on 1 March in a year without that day.
 * <ul>
 *   <li>PNS: at least 18, at most 35, or 40 for the positions a Presidential Regulation names (the formasi says
 *       which);</li>
 *   <li>PPPK: at least 20, and at most one year before the position's retirement age (BUP): the last day one may
 *       apply is the day one turns BUP − 1.</li>
 * </ul>
 */
public final class ApplicantAge {

  public static final int PNS_MIN = 18;
  public static final int PNS_MAX = 35;
  public static final int PNS_MAX_NAMED_POSITIONS = 40;
  public static final int PPPK_MIN = 20;

  private ApplicantAge() {}

  /** Completed years from birth to the day. */
  public static int on(LocalDate born, LocalDate day) {
    return Period.between(born, day).getYears();
  }

  /** The day one turns {@code years}: 29 February gives 1 March in a year without it. */
  public static LocalDate birthday(LocalDate born, int years) {
    LocalDate day = born.plusYears(years);
    return day.getDayOfMonth() == born.getDayOfMonth() ? day : day.plusDays(1);
  }

  /** The last day a PPPK applicant may apply to a position whose retirement age is {@code bup}. */
  public static LocalDate pppkLastDayToApply(LocalDate born, int bup) {
    return birthday(born, bup - 1);
  }

  /** Why a PNS applicant of the formasi's upper limit {@code maxAge} is too young or too old, if they are. */
  public static Optional<String> pnsProblem(LocalDate born, LocalDate applied, int maxAge) {
    int age = on(born, applied);
    if (age < PNS_MIN) {
      return Optional.of("usia " + age + " tahun pada " + applied + ", kurang dari " + PNS_MIN + " tahun");
    }
    if (age > maxAge) {
      return Optional.of("usia " + age + " tahun pada " + applied + ", lebih dari " + maxAge + " tahun");
    }
    return Optional.empty();
  }

  /** Why a PPPK applicant is too young, or too old for a position of retirement age {@code bup} (null: not known). */
  public static Optional<String> pppkProblem(LocalDate born, LocalDate applied, Integer bup) {
    int age = on(born, applied);
    if (age < PPPK_MIN) {
      return Optional.of("usia " + age + " tahun pada " + applied + ", kurang dari " + PPPK_MIN + " tahun");
    }
    if (bup != null && applied.isAfter(pppkLastDayToApply(born, bup))) {
      return Optional.of("pada " + applied + " lebih dari " + (bup - 1) + " tahun (1 tahun sebelum batas usia pensiun "
          + "jabatan " + bup + " tahun); paling lambat melamar " + pppkLastDayToApply(born, bup));
    }
    return Optional.empty();
  }
}
