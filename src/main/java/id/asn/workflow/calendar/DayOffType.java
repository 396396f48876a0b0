package id.asn.workflow.calendar;

/** Why an office is closed on a weekday. */
enum DayOffType {
  /** Hari libur nasional, set by the SKB 3 Menteri or a Presidential decree. */
  LIBUR_NASIONAL,
  /** Cuti bersama: joint leave, not a working day for ASN offices. */
  CUTI_BERSAMA
}
