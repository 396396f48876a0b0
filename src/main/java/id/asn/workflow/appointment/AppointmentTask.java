package id.asn.workflow.appointment;

import java.util.Arrays;
import java.util.Optional;

/** The user tasks of pengangkatanCpns, by task definition key. */
public enum AppointmentTask {
  PERIKSA_KELENGKAPAN("periksaKelengkapan"),
  PERBAIKAN_USUL("perbaikanUsulNip"),
  SK_CPNS("tetapkanSkCpns"),
  PENYERAHAN_SK("serahkanSkCpns"),
  SPMT("terbitkanSpmt"),
  HASIL_PERCOBAAN("catatHasilPercobaan"),
  SK_PNS("tetapkanSkPns"),
  SUMPAH("pengambilanSumpah");

  private final String key;

  AppointmentTask(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<AppointmentTask> ofKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
