package id.asn.workflow.appointment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A CPNS is paid a share of the PNS base salary ({@link CpnsPayRule#persenGajiPokok}, 80 % by Perbup Batang 6/2023
 * Lampiran I VI.A.10.a) from the date the SPMT takes effect (VI.A.10.b). Amounts are whole rupiah; a fraction of a
 * rupiah rounds half up.
 */
final class CpnsPay {

  private CpnsPay() {}

  /** {@code percent} % of the PNS base salary, in whole rupiah. */
  public static long of(long gajiPokokPns, int percent) {
    if (gajiPokokPns < 0) {
      throw new IllegalArgumentException("gaji pokok tidak boleh negatif: " + gajiPokokPns);
    }
    return BigDecimal.valueOf(gajiPokokPns).multiply(BigDecimal.valueOf(percent)).movePointLeft(2)
        .setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** Whether the CPNS pay is due for a day: from the SPMT date on, never before. */
  public static boolean payableOn(LocalDate day, LocalDate spmt) {
    Objects.requireNonNull(spmt, "SPMT");
    return !day.isBefore(spmt);
  }
}
