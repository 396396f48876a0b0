package id.asn.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A deadline counted on the working-day calendar: its last day, whether any day of its span lies in a year
 * whose holidays are only provisional ({@code sementara}), and the rule that counted it.
 */
public record Deadline(LocalDate tanggal, boolean sementara, DeadlineRule rule) {

  /** Deadlines are days in Indonesia, read in Jakarta time, as every process of this application counts them. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  public Deadline {
    Objects.requireNonNull(tanggal, "tanggal");
    Objects.requireNonNull(rule, "rule");
  }

  /** The instant the last day is over: a timer on the deadline fires then. */
  public Instant endOfDay() {
    return endOf(tanggal);
  }

  public static Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  /** What forms and notifications say next to a provisional deadline. */
  public static final String PROVISIONAL_NOTE = "Tenggat ini sementara: dihitung dengan kalender libur perkiraan "
      + "karena SKB libur nasional dan cuti bersama tahun itu belum ditetapkan. Tenggat dihitung ulang, dan pihak "
      + "yang harus bertindak diberi tahu, setelah SKB dimasukkan.";

  /** The note for this deadline; empty when it is counted on decreed days only. */
  public String note() {
    return sementara ? PROVISIONAL_NOTE : "";
  }

  /** The last day for a sentence: "2027-04-30" or "2027-04-30 (sementara)". */
  public String dated() {
    return tanggal + (sementara ? " (sementara)" : "");
  }
}
