package id.asn.workflow.workforce;

/** penyusunanKebutuhanAsn: one instance per instansi and planning year (business key {@code <instansi>-<tahun>}). */
public final class KebutuhanProcess {

  public static final String PROCESS = "penyusunanKebutuhanAsn";
  public static final String DECISION_BATAS_USIA_PENSIUN = "batasUsiaPensiun";
  public static final String MESSAGE_PERUBAHAN_ANGGARAN = "perubahanRencanaAnggaran";

  public static final String TASK_ANALISIS_JABATAN = "analisisJabatan";
  public static final String TASK_ANALISIS_BEBAN_KERJA = "analisisBebanKerja";
  public static final String TASK_PETA_JABATAN = "petaJabatan";
  public static final String TASK_USUL_KEBUTUHAN = "usulKebutuhan";
  public static final String TASK_PENYAMPAIAN = "penyampaianUsul";
  public static final String TASK_PERBAIKAN = "perbaikanUsulKebutuhan";
  public static final String TASK_ANALISIS_KEBUTUHAN = "analisisKebutuhan";
  public static final String TASK_PERTIMBANGAN_TEKNIS = "pertimbanganTeknis";

  public static final String STEP_HITUNG_TENGGAT = "ServiceTask_HitungTenggat";
  public static final String STEP_KIRIM_PERINGATAN = "ServiceTask_KirimPeringatan";
  public static final String STEP_TANDAI_TERLAMBAT = "ServiceTask_TandaiTerlambat";
  public static final String STEP_GESER_TENGGAT = "ServiceTask_GeserTenggat";
  public static final String STEP_CATAT_PENYAMPAIAN = "ServiceTask_CatatPenyampaian";
  public static final String STEP_KEMBALIKAN = "ServiceTask_KembalikanUsul";
  public static final String STEP_TERBITKAN = "ServiceTask_TerbitkanPertimbangan";
  public static final String STEP_TAHAP_INSTANSI = "SubProcess_TahapInstansi";
  public static final String TIMER_PERINGATAN = "TimerEvent_Peringatan";
  public static final String TIMER_BATAS = "TimerEvent_BatasPenyampaian";
  public static final String TIMER_BATAS_SETELAH_PERINGATAN = "TimerEvent_BatasSetelahPeringatan";
  public static final String WAIT_TENGGAT = "Gateway_MenungguTenggat";
  public static final String WAIT_BATAS = "Gateway_MenungguBatas";
  public static final String EVENT_PERUBAHAN_ANGGARAN = "MessageEvent_PerubahanAnggaran";
  public static final String EVENT_PERUBAHAN_ANGGARAN_SETELAH_PERINGATAN = "MessageEvent_PerubahanAnggaranSetelahPeringatan";
  public static final String EVENT_PERUBAHAN_ANGGARAN_SETELAH_TERLAMBAT = "MessageEvent_PerubahanAnggaranSetelahTerlambat";
  public static final String END_USUL_DISAMPAIKAN = "EndEvent_UsulDisampaikan";
  public static final String END_PERTIMBANGAN_TERBIT = "EndEvent_PertimbanganTerbit";

  public static final String VAR_PENYUSUNAN_ID = "penyusunanId";
  public static final String VAR_INSTANSI = "instansi";
  public static final String VAR_TAHUN = "tahun";
  /** The candidate group of the instansi's tasks, e.g. instansiKabBatang. */
  public static final String VAR_KELOMPOK_INSTANSI = "kelompokInstansi";
  public static final String VAR_BATAS_PENYAMPAIAN = "batasPenyampaian";
  public static final String VAR_WAKTU_PERINGATAN = "waktuPeringatan";
  public static final String VAR_TERLAMBAT = "terlambat";
  public static final String VAR_NOMOR_PERTIMBANGAN = "nomorPertimbangan";
  /** Who completed the last task, taken from the request, never from the form. */
  public static final String VAR_PETUGAS = "petugas";


  /** The owner kind of the deadlines a planning holds in the ledger (its warning). */
  public static final String DEADLINE_OWNER = "PENYUSUNAN";
  public static final String VAR_RINGKASAN_PENYUSUNAN = "ringkasanPenyusunan";
  public static final String VAR_RINGKASAN_USUL = "ringkasanUsul";
  public static final String VAR_RINGKASAN_PERTIMBANGAN = "ringkasanPertimbangan";
  public static final String VAR_URUTAN_PRIORITAS = "urutanPrioritas";
  public static final String VAR_PENETAPAN = "penetapanKebutuhan";
  public static final String VAR_JENIS_INSTANSI = "jenisInstansi";
  public static final String VAR_HASIL_ANALISIS = "hasilAnalisis";
  public static final String VAR_KEPUTUSAN_PERTIMBANGAN = "keputusanPertimbangan";
  public static final String VAR_ALASAN_PENGEMBALIAN = "alasanPengembalian";

  private KebutuhanProcess() {}
}
