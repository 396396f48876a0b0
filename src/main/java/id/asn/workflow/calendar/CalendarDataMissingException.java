package id.asn.workflow.calendar;

/** A computation reached a year for which no holiday decree has been entered: guessing would be wrong. */
public class CalendarDataMissingException extends RuntimeException {

  private final int year;

  public CalendarDataMissingException(int year) {
    super("Kalender hari libur tahun " + year + " belum diisi: administrator perlu memasukkan SKB libur nasional "
        + "dan cuti bersama tahun " + year + " sebelum tenggat di tahun itu dapat dihitung.");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
