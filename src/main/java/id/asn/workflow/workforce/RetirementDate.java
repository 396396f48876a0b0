package id.asn.workflow.workforce;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a PNS retires (PP 11/2017 as amended, RULES.md §5): on reaching the retirement age (BUP) of the
 * position, effective on the 1st of the month after the birthday month. Born 17 May 1967 with BUP 58:
 * 58 on 17 May 2025, retired from 1 June 2025; born in December: retired from 1 January of the next year.
 */
final class RetirementDate {

  private RetirementDate() {}

  /** The effective date (TMT pensiun). */
  public static LocalDate of(LocalDate tanggalLahir, int batasUsiaPensiun) {
    Objects.requireNonNull(tanggalLahir, "tanggalLahir");
    if (batasUsiaPensiun < 1 || batasUsiaPensiun > 100) {
      throw new IllegalArgumentException("batas usia pensiun tidak masuk akal: " + batasUsiaPensiun);
    }
    // 29 February reaches its birthday on 28 February in a common year: the month is the same
    LocalDate birthday = tanggalLahir.plusYears(batasUsiaPensiun);
    return birthday.withDayOfMonth(1).plusMonths(1);
  }
}
