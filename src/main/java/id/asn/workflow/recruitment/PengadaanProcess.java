package id.asn.workflow.recruitment;

/** pengadaanPns: one instance per recruitment period of an instansi (business key = period id, e.g. KabBatang-2024). */
public final class PengadaanProcess {

  public static final String PROCESS = "pengadaanPns";
  public static final String DECISION_AMBANG_BATAS_SKD = "ambangBatasSkd";

  public static final String TASK_BENTUK_PANITIA = "bentukPanitia";
  public static final String TASK_TETAPKAN_JADWAL = "tetapkanJadwal";
  public static final String TASK_TERBITKAN_PENGUMUMAN = "terbitkanPengumuman";
  public static final String TASK_SELEKSI_ADMINISTRASI = "seleksiAdministrasi";
  public static final String TASK_UMUMKAN_SKD = "umumkanPelaksanaanSkd";
  public static final String TASK_HASIL_SKD = "tetapkanHasilSkd";
  public static final String TASK_UMUMKAN_SKB = "umumkanPelaksanaanSkb";
  public static final String TASK_TERIMA_HASIL_AKHIR = "terimaHasilAkhir";
  public static final String TASK_UMUMKAN_HASIL_AKHIR = "umumkanHasilAkhir";

  public static final String STEP_SERAHKAN_KANDIDAT = "ServiceTask_SerahkanKandidat";
  /** Both kinds of period: the report to the Kepala BKN (X.A), after appointment and placement. */
  public static final String TASK_LAPORAN_PENGADAAN = "laporkanPengadaan";
  public static final String STEP_CATAT_KETERLAMBATAN = "ServiceTask_CatatKeterlambatanHasilAkhir";
  public static final String TIMER_PENGUMUMAN_BERAKHIR = "TimerEvent_PengumumanBerakhir";
  public static final String TIMER_PELAMARAN_DITUTUP = "TimerEvent_PelamaranDitutup";
  public static final String TIMER_SKD_SELESAI = "TimerEvent_SkdSelesai";
  public static final String TIMER_SKB_SELESAI = "TimerEvent_SkbSelesai";
  public static final String TIMER_BATAS_HASIL_AKHIR = "TimerEvent_BatasPengumumanHasilAkhir";
  public static final String END_SELESAI = "EndEvent_PengadaanSelesai";
  public static final String END_KETERLAMBATAN = "EndEvent_KeterlambatanTercatat";

  public static final String VAR_PERIODE_ID = "periodeId";
  public static final String VAR_INSTANSI = "instansi";
  public static final String VAR_TAHUN = "tahun";
  /** Who completed the last task, taken from the request, never from the form. */
  public static final String VAR_PETUGAS = "petugas";


  /** The owner kind of the deadlines a recruitment period holds in the ledger. */
  public static final String DEADLINE_OWNER = "SELEKSI";
  public static final String VAR_RINGKASAN = "ringkasanSeleksi";
  public static final String VAR_WAKTU_PENGUMUMAN_BERAKHIR = "waktuPengumumanBerakhir";
  public static final String VAR_WAKTU_PELAMARAN_DITUTUP = "waktuPelamaranDitutup";
  public static final String VAR_BATAS_KIRIM_PANSELNAS = "batasKirimPanselnas";
  public static final String VAR_WAKTU_SKD_SELESAI = "waktuSkdSelesai";
  public static final String VAR_WAKTU_SKB_SELESAI = "waktuSkbSelesai";
  public static final String VAR_BATAS_HASIL_AKHIR = "batasPengumumanHasilAkhir";
  public static final String VAR_WAKTU_KOMPETENSI_SELESAI = "waktuKompetensiSelesai";

  private PengadaanProcess() {}
}
