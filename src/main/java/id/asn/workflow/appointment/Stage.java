package id.asn.workflow.appointment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stages of pengangkatanCpns and pengangkatanPppk, one per user task, by task definition key; the first three
 * both processes share.
 */
enum Stage {
  PENGGANTIAN("tetapkanPenggantian"),
  PERIKSA_KELENGKAPAN("periksaKelengkapan", AppointmentStatus.PEMERIKSAAN),
  PERBAIKAN_USUL("perbaikanUsulNip", AppointmentStatus.PERBAIKAN_USUL),
  SK_CPNS("tetapkanSkCpns"),
  PENYERAHAN_SK("serahkanSkCpns"),
  SPMT("terbitkanSpmt"),
  USUL_GAJI("usulkanGajiCpns"),
  HASIL_PERCOBAAN("catatHasilPercobaan"),
  SK_PNS("tetapkanSkPns"),
  SUMPAH("pengambilanSumpah"),
  SK_CALON_PPPK("tetapkanSkCalonPppk", AppointmentStatus.SK_CALON_PPPK),
  PERJANJIAN_KERJA("tetapkanPerjanjianKerjaPppk"),
  KIRIM_BKN("kirimDokumenPppkKeBkn"),
  SUMPAH_JABATAN("pelantikanSumpahJabatanPppk"),
  PEMBERHENTIAN("tetapkanPemberhentian");

  private final String key;
  private final AppointmentStatus status;

  Stage(String key) {
    this(key, null);
  }

  Stage(String key, AppointmentStatus status) {
    this.key = key;
    this.status = status;
  }

  public String key() {
    return key;
  }

  /** The status the appointment moves to as the task is created, where the task is a stage of its own. */
  public Optional<AppointmentStatus> status() {
    return Optional.ofNullable(status);
  }

  public static Optional<Stage> ofKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
