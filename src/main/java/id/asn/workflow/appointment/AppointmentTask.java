package id.asn.workflow.appointment;

import java.util.Arrays;
import java.util.Optional;

/** The user tasks of pengangkatanCpns and pengangkatanPppk, by task definition key; the first two both processes share. */
public enum AppointmentTask {
  PERIKSA_KELENGKAPAN("periksaKelengkapan"),
  PERBAIKAN_USUL("perbaikanUsulNip"),
  SK_CPNS("tetapkanSkCpns"),
  PENYERAHAN_SK("serahkanSkCpns"),
  SPMT("terbitkanSpmt"),
  HASIL_PERCOBAAN("catatHasilPercobaan"),
  SK_PNS("tetapkanSkPns"),
  SUMPAH("pengambilanSumpah"),
  SK_CALON_PPPK("tetapkanSkCalonPppk"),
  PERJANJIAN_KERJA("tetapkanPerjanjianKerjaPppk"),
  KIRIM_BKN("kirimDokumenPppkKeBkn"),
  SUMPAH_JABATAN("pelantikanSumpahJabatanPppk");

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
