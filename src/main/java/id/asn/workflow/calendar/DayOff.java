package id.asn.workflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One national holiday or cuti bersama day, with the decree that sets it. */
record DayOff(LocalDate tanggal, DayOffType jenis, String keterangan, String dasarHukum) {

  public DayOff {
    Objects.requireNonNull(tanggal, "tanggal");
    Objects.requireNonNull(jenis, "jenis");
    keterangan = keterangan == null ? "" : keterangan.strip();
    dasarHukum = dasarHukum == null ? "" : dasarHukum.strip();
  }
}
