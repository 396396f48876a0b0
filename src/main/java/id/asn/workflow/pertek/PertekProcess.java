package id.asn.workflow.pertek;

/** The pertekNiCasn process as the Kanreg's steps read it: its id, its service tasks and its variables. */
public final class PertekProcess {

  /** The process every usul runs in, its business key the usul's id. */
  public static final String PROCESS = "pertekNiCasn";
  /** The owner kind of the deadlines an usul holds in the ledger (its correction). */
  public static final String DEADLINE_OWNER = "USUL";

  public static final String STEP_PEMERIKSAAN_AWAL = "ServiceTask_PemeriksaanAwal";
  public static final String STEP_TETAPKAN_NOMOR = "ServiceTask_TetapkanNomorInduk";
  public static final String STEP_TANDA_TANGANI = "ServiceTask_TandaTanganiDanKirim";
  public static final String STEP_MINTA_PERBAIKAN = "ServiceTask_MintaPerbaikan";
  public static final String STEP_TOLAK = "ServiceTask_TolakUsul";
  public static final String STEP_KEDALUWARSA = "ServiceTask_TandaiKedaluwarsa";
  public static final String STEP_INGATKAN_PERBAIKAN = "ServiceTask_IngatkanPerbaikan";
  public static final String STEP_CATAT_PENARIKAN = "ServiceTask_CatatPenarikan";

  /** The process variable that holds the usul's id. */
  public static final String VAR_USUL_ID = "usulId";
  /** The candidate's nomor peserta and name, kept on the instance so that a supervisor finds it in Cockpit. */
  public static final String VAR_NOMOR_PESERTA = "nomorPeserta";
  public static final String VAR_NAMA_PESERTA = "namaPeserta";
  public static final String VAR_JENIS_ASN = "jenisAsn";
  public static final String VAR_GOLONGAN_RUANG = "golonganRuang";
  public static final String VAR_RINGKASAN_USUL = "ringkasanUsul";
  public static final String VAR_JUMLAH_TEMUAN = "jumlahTemuan";
  public static final String VAR_NOMOR_INDUK = "nomorInduk";
  public static final String VAR_RINGKASAN_PERTEK = "ringkasanPertek";
  public static final String VAR_BATAS_PERBAIKAN = "batasPerbaikan";

  public static final String TASK_VERIFIKASI = "verifikasiUsul";
  public static final String TASK_TANDA_TANGAN = "tandaTanganPertek";
  public static final String MESSAGE_PERBAIKAN = "perbaikanUsulNi";
  /** The instansi withdraws a PNS usul that waits for its correction. */
  public static final String MESSAGE_PENARIKAN = "penarikanUsulNi";
  public static final String DECISION_GOLONGAN_RUANG = "golonganRuang";

  public static final String TIMER_BATAS_VERIFIKASI = "BoundaryEvent_BatasWaktuVerifikasi";
  public static final String TIMER_BATAS_TANDA_TANGAN = "BoundaryEvent_BatasWaktuTandaTangan";
  public static final String TIMER_BATAS_PERBAIKAN = "TimerEvent_BatasPerbaikan";
  /** PPPK: the correction is due within the limit (Lampiran II VI.6.c); PNS: it has none. */
  public static final String GATEWAY_BATAS_PERBAIKAN = "Gateway_BatasPerbaikan";
  public static final String WAIT_PERBAIKAN = "Gateway_MenungguPerbaikan";
  public static final String WAIT_PERBAIKAN_PNS = "ReceiveTask_MenungguPerbaikanPns";
  public static final String TIMER_PENGINGAT_PERBAIKAN = "BoundaryEvent_PengingatPerbaikan";
  public static final String EVENT_USUL_DITARIK = "BoundaryEvent_UsulDitarik";
  public static final String EVENT_PERBAIKAN_DITERIMA = "MessageEvent_PerbaikanDiterima";
  public static final String END_PERTEK_TERBIT = "EndEvent_PertekTerbit";
  public static final String END_DITOLAK = "EndEvent_UsulDitolak";
  public static final String END_KEDALUWARSA = "EndEvent_UsulKedaluwarsa";
  public static final String END_DITARIK = "EndEvent_UsulDitarik";
  public static final String END_PENGINGAT = "EndEvent_PengingatTerkirim";
  public static final String END_PELANGGARAN_VERIFIKASI = "EndEvent_PelanggaranVerifikasiTercatat";
  public static final String END_PELANGGARAN_TANDA_TANGAN = "EndEvent_PelanggaranTandaTanganTercatat";

  public static final String VAR_HASIL_VERIFIKASI = "hasilVerifikasi";
  public static final String VAR_ALASAN_VERIFIKASI = "alasanVerifikasi";
  public static final String VAR_KEPUTUSAN = "keputusanPenandatanganan";
  public static final String VAR_CATATAN = "catatanPenandatanganan";
  public static final String VAR_KEGIATAN = "kegiatan";
  /** Who completed the last verifikasiUsul / tandaTanganPertek, taken from the request, never from the form. */
  public static final String VAR_VERIFIKATOR = "verifikator";
  public static final String VAR_PENANDATANGAN = "penandatangan";


  private PertekProcess() {}
}
