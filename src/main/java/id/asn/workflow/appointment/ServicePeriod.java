package id.asn.workflow.appointment;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** One stretch of prior service, both dates included (as a work certificate states them). */
record ServicePeriod(ServiceKind jenis, LocalDate mulai, LocalDate sampai) {

  public ServicePeriod {
    Objects.requireNonNull(jenis, "jenis");
    Objects.requireNonNull(mulai, "mulai");
    Objects.requireNonNull(sampai, "sampai");
    if (sampai.isBefore(mulai)) {
      throw new IllegalArgumentException("Masa kerja " + jenis.label() + ": tanggal akhir " + sampai
          + " sebelum tanggal mulai " + mulai);
    }
  }

  /** The calendar length: 1 January to 31 December is exactly one year. */
  public Period length() {
    return Period.between(mulai, sampai.plusDays(1));
  }

  boolean overlaps(ServicePeriod other) {
    return !sampai.isBefore(other.mulai) && !other.sampai.isBefore(mulai);
  }
}
