package id.asn.workflow.recruitment;

import java.util.Arrays;
import java.util.Optional;

/** The human steps of pengadaanPns and pengadaanPppk by task key, with the status the period has while each is open. */
public enum Stage {
  BENTUK_PANITIA("bentukPanitia", "PERENCANAAN"),
  TETAPKAN_JADWAL("tetapkanJadwal", "PENJADWALAN"),
  TERBITKAN_PENGUMUMAN("terbitkanPengumuman", "PENGUMUMAN"),
  SELEKSI_ADMINISTRASI("seleksiAdministrasi", "SELEKSI_ADMINISTRASI"),
  UMUMKAN_SKD("umumkanPelaksanaanSkd", "SKD"),
  HASIL_SKD("tetapkanHasilSkd", "SKD"),
  UMUMKAN_SKB("umumkanPelaksanaanSkb", "SKB"),
  TERIMA_HASIL_AKHIR("terimaHasilAkhir", "HASIL_AKHIR"),
  UMUMKAN_HASIL_AKHIR("umumkanHasilAkhir", "HASIL_AKHIR"),
  // pengadaanPppk: the stages above up to the administrative selection are shared; these are its own
  UMUMKAN_KOMPETENSI("umumkanPelaksanaanKompetensi", "SELEKSI_KOMPETENSI"),
  HASIL_KOMPETENSI("tetapkanHasilKompetensi", "HASIL_AKHIR"),
  UMUMKAN_HASIL_PPPK("umumkanHasilAkhirPppk", "HASIL_AKHIR"),
  // both: the selection is over (SELESAI) while the report to the Kepala BKN waits for appointment and placement
  LAPORAN_PENGADAAN("laporkanPengadaan", "SELESAI");

  private final String taskKey;
  private final String status;

  Stage(String taskKey, String status) {
    this.taskKey = taskKey;
    this.status = status;
  }

  public String taskKey() {
    return taskKey;
  }

  public String status() {
    return status;
  }

  public static Optional<Stage> ofTask(String key) {
    return Arrays.stream(values()).filter(t -> t.taskKey.equals(key)).findFirst();
  }
}
