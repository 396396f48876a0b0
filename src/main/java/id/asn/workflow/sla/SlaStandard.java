package id.asn.workflow.sla;

import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The standard of one task (process key + task definition key): a duration in seconds (the POS "Mutu Baku
 * Waktu": 600 s verification, 120 s signing) or a number of working days (recruitment and appointment
 * deadlines). Exactly one of the two is set.
 */
public record SlaStandard(String proses, String kegiatan, String nama, Integer standarDetik, Integer standarHariKerja,
    int targetPersen) {

  public SlaStandard {
    requireId(proses, "proses");
    requireId(kegiatan, "kegiatan");
    if (nama == null || nama.isBlank() || nama.length() > 200) {
      throw new IllegalArgumentException("nama wajib diisi, paling panjang 200 huruf");
    }
    if ((standarDetik == null) == (standarHariKerja == null)) {
      throw new IllegalArgumentException("isi salah satu: standarDetik atau standarHariKerja");
    }
    if (standarDetik != null && standarDetik <= 0) {
      throw new IllegalArgumentException("standarDetik harus lebih dari 0");
    }
    if (standarHariKerja != null && (standarHariKerja <= 0 || standarHariKerja > 366)) {
      throw new IllegalArgumentException("standarHariKerja harus antara 1 dan 366");
    }
    if (targetPersen < 1 || targetPersen > 100) {
      throw new IllegalArgumentException("targetPersen harus antara 1 dan 100");
    }
  }

  public boolean inSeconds() {
    return standarDetik != null;
  }

  /**
   * When a task created at {@code dibuat} runs out of its standard: after the duration, or at the end (Jakarta
   * midnight) of the N-th working day after the day it was created.
   */
  public Instant batas(Instant dibuat, WorkingDayCalendar calendar) {
    if (inSeconds()) {
      return dibuat.plus(Duration.ofSeconds(standarDetik));
    }
    Objects.requireNonNull(calendar, "a working-day standard needs the calendar");
    LocalDate created = SlaZone.date(dibuat);
    return SlaZone.startOf(calendar.plusWorkingDays(created, standarHariKerja).plusDays(1));
  }

  private static void requireId(String value, String field) {
    if (value == null || !value.matches("[A-Za-z][A-Za-z0-9_-]{0,63}")) {
      throw new IllegalArgumentException(field + " harus berupa id BPMN (huruf, angka, _ atau -, paling panjang 64)");
    }
  }
}
