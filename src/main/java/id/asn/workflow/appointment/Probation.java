package id.asn.workflow.appointment;

import java.time.LocalDate;
import java.time.Month;

/**
 * A CPNS's probation from TMT CPNS, {@code years} long (Lampiran I VI.B.1-2): complete on the same date that many
 * years later; a TMT of 29 February completes its years at the end of 28 February, so the anniversary is 1 March.
 * A CPNS who resigns during it may not enter the PNS selection of {@code resignationBarYears} budget years (VI.B.8).
 */
record Probation(LocalDate tmtCpns, int years, int resignationBarYears) {

  LocalDate anniversary() {
    LocalDate later = tmtCpns.plusYears(years);
    boolean leapDayLost = tmtCpns.getMonth() == Month.FEBRUARY && tmtCpns.getDayOfMonth() == 29
        && later.getDayOfMonth() == 28;
    return leapDayLost ? later.plusDays(1) : later;
  }

  /** The last day of the probation. */
  LocalDate lastDay() {
    return anniversary().minusDays(1);
  }
}
