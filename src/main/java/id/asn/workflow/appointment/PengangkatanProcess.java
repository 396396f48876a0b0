package id.asn.workflow.appointment;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.ServiceTaskHandler;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;

/**
 * What the appointment's code shares with pengangkatanCpns and pengangkatanPppk: the process ids, the variables its
 * steps and tasks read and write, and the owner kind of the deadlines an appointment holds in the ledger. The two
 * processes use the same variables and, for the steps both have, the same activity ids.
 */
public final class PengangkatanProcess {

  public static final String PROCESS = "pengangkatanCpns";
  public static final String PROCESS_PPPK = "pengangkatanPppk";
  public static final Set<String> BOTH = Set.of(PROCESS, PROCESS_PPPK);
  public static final Set<String> CPNS = Set.of(PROCESS);
  public static final Set<String> PPPK = Set.of(PROCESS_PPPK);

  /** The owner kind of the deadlines an appointment holds in the ledger. */
  public static final String DEADLINE_OWNER = "PENGANGKATAN";
  /**
   * Who the process records as the sender of the usul it submits for the instansi, CPNS and PPPK alike. The value
   * is historical (pengangkatanCpns came first); stored usul and their history carry it, so it stays.
   */
  public static final String PROCESS_ACTOR = "pengangkatanCpns";

  // set as the instance starts and by the engine
  public static final String VAR_PENGANGKATAN_ID = "pengangkatanId";
  /** The candidate's nomor peserta, kept on the instance so that a supervisor finds it in Cockpit. */
  public static final String VAR_NOMOR_PESERTA = "nomorPeserta";
  /** Who completed the last task, taken from the request, never from the form. */
  public static final String VAR_PETUGAS = "petugas";
  // the Kanreg's outcome of the usul, as the pertek relays it
  public static final String VAR_HASIL_USUL = "hasilUsul";
  public static final String VAR_ALASAN_USUL = "alasanUsul";
  public static final String VAR_NOMOR_INDUK = "nomorInduk";

  public static final String VAR_RINGKASAN = "ringkasanPengangkatan";
  public static final String VAR_BATAS_DOKUMEN = "batasDokumen";
  public static final String VAR_HASIL_KELENGKAPAN = "hasilKelengkapan";
  public static final String VAR_USUL_ID = "usulId";
  public static final String VAR_PENDIDIKAN = "pendidikan";
  public static final String VAR_BATAS_SK_CPNS = "batasSkCpns";
  public static final String VAR_BATAS_PENYERAHAN = "batasPenyerahanSk";
  public static final String VAR_BATAS_SPMT = "batasSpmt";
  public static final String VAR_AKHIR_MASA_PERCOBAAN = "akhirMasaPercobaan";
  public static final String VAR_BATAS_USUL_GAJI = "batasUsulGaji";
  public static final String VAR_LULUS_MASA_PERCOBAAN = "lulusMasaPercobaan";
  public static final String VAR_TMT_PNS = "tmtPns";
  /** Whether the appointment replaces one who left: the PPK's decree and its report come first (VI.A.6.g.2). */
  public static final String VAR_PENGGANTI = "pengganti";
  /** The replacement report's last day (a date) where VI.A.6.g.2 sets one, else null. */
  public static final String VAR_BATAS_LAPORAN_PENGGANTIAN = "batasLaporanPenggantian";
  /** Whether the CPNS took the oath; false when they refused it (VII.B.2.g). */
  public static final String VAR_SUMPAH_DIUCAPKAN = "sumpahDiucapkan";
  public static final String VAR_BATAS_NOMOR_INDUK = "batasNomorInduk";
  public static final String VAR_BATAS_PERBAIKAN = "batasPerbaikanUsul";
  public static final String VAR_BATAS_SK_PPPK = "batasSkPppk";
  public static final String VAR_BATAS_KIRIM_BKN = "batasKirimBkn";
  public static final String VAR_JABATAN_JPT = "jabatanJpt";

  public static final String DECISION_LAFAL_SUMPAH = "lafalSumpah";
  public static final String DECISION_ISI_SUMPAH = "isiSumpahPns";

  public static final String MESSAGE_DOKUMEN = "dokumenPengangkatanDiserahkan";
  public static final String MESSAGE_TAMBAHAN_WAKTU = "tambahanWaktuDokumen";
  public static final String MESSAGE_HASIL_USUL = "hasilUsulNip";
  public static final String MESSAGE_KANDIDAT_MUNDUR = "kandidatMundur";
  public static final String MESSAGE_USUL_KOLEKTIF = "usulKolektifDikirim";

  public static final String TASK_PENGGANTIAN = "tetapkanPenggantian";
  public static final String TASK_PEMBERHENTIAN = "tetapkanPemberhentian";
  public static final String TASK_USUL_GAJI = "usulkanGajiCpns";
  public static final String GATEWAY_PENGGANTI = "Gateway_Pengganti";
  public static final String TASK_PERIKSA_KELENGKAPAN = "periksaKelengkapan";
  public static final String TASK_PERBAIKAN_USUL = "perbaikanUsulNip";
  public static final String TASK_SK_CPNS = "tetapkanSkCpns";
  public static final String TASK_PENYERAHAN_SK = "serahkanSkCpns";
  public static final String TASK_SPMT = "terbitkanSpmt";
  public static final String TASK_HASIL_PERCOBAAN = "catatHasilPercobaan";
  public static final String TASK_SK_PNS = "tetapkanSkPns";
  public static final String TASK_SUMPAH = "pengambilanSumpah";

  public static final String STEP_PANGGIL = "ServiceTask_PanggilKandidat";
  public static final String STEP_GESER_BATAS = "ServiceTask_GeserBatasDokumen";
  public static final String STEP_DIANGGAP_TMS = "ServiceTask_DianggapTidakMemenuhiSyarat";
  public static final String STEP_KIRIM_USUL = "ServiceTask_KirimUsulNip";
  public static final String STEP_CATAT_NIP = "ServiceTask_CatatNip";
  public static final String STEP_GOLONGAN_RUANG = "BusinessRuleTask_GolonganRuang";
  public static final String STEP_USUL_DITOLAK = "ServiceTask_CatatUsulDitolak";
  public static final String STEP_BERHENTIKAN_TIDAK_LULUS = "ServiceTask_BerhentikanTidakLulus";
  public static final String STEP_PANGGIL_PENGGANTI = "ServiceTask_PanggilPengganti";
  public static final String STEP_BATALKAN_NIP = "ServiceTask_BatalkanNip";
  public static final String STEP_BERHENTIKAN = "ServiceTask_BerhentikanCpns";
  public static final String STEP_BERHENTIKAN_TOLAK_SUMPAH = "ServiceTask_BerhentikanTolakSumpah";
  public static final String GATEWAY_SUMPAH = "Gateway_SumpahDiucapkan";
  public static final String TIMER_BATAS_DOKUMEN = "TimerEvent_BatasDokumen";
  public static final String TIMER_MASA_PERCOBAAN = "TimerEvent_MasaPercobaanSelesai";
  public static final String WAIT_DOKUMEN = "Gateway_MenungguDokumen";
  public static final String EVENT_DOKUMEN = "MessageEvent_DokumenDiserahkan";
  public static final String EVENT_TAMBAHAN_WAKTU = "MessageEvent_TambahanWaktu";
  public static final String EVENT_HASIL_USUL = "MessageEvent_HasilUsulNip";
  public static final String EVENT_USUL_KOLEKTIF = "MessageEvent_UsulKolektif";
  public static final String EVENT_HASIL_SAAT_PERBAIKAN = "BoundaryEvent_HasilUsulSaatPerbaikan";
  public static final String EVENT_KANDIDAT_MUNDUR = "StartEvent_KandidatMundur";
  public static final String END_SUMPAH = "EndEvent_SumpahDiucapkan";
  public static final String END_DIANGGAP_TMS = "EndEvent_DianggapTidakMemenuhiSyarat";
  public static final String END_BERKAS_DIKEMBALIKAN = "EndEvent_BerkasDikembalikan";
  public static final String END_USUL_DITOLAK = "EndEvent_UsulNipDitolak";
  public static final String END_TIDAK_LULUS = "EndEvent_DiberhentikanSetelahPercobaan";
  public static final String END_DIGANTI = "EndEvent_Diganti";
  public static final String END_NIP_DIBATALKAN = "EndEvent_NipDibatalkan";
  public static final String END_DIBERHENTIKAN = "EndEvent_CpnsDiberhentikan";
  public static final String END_TOLAK_SUMPAH = "EndEvent_DiberhentikanTolakSumpah";

  /**
   * pengangkatanPppk (calon PPPK → PPPK): the same business key, messages, variables and, for the steps both kinds
   * share, the same element ids as pengangkatanCpns; these are its own.
   */
  public static final String TASK_SK_CALON_PPPK = "tetapkanSkCalonPppk";
  public static final String TASK_PERJANJIAN_KERJA = "tetapkanPerjanjianKerjaPppk";
  public static final String TASK_KIRIM_BKN = "kirimDokumenPppkKeBkn";
  public static final String TASK_SUMPAH_JABATAN = "pelantikanSumpahJabatanPppk";
  public static final String WAIT_HASIL_USUL_PPPK = "ReceiveTask_HasilUsulNiPppk";
  public static final String TIMER_BATAS_NOMOR_INDUK = "BoundaryEvent_BatasNomorInduk";
  public static final String STEP_NOMOR_INDUK_TERLAMBAT = "ServiceTask_CatatNomorIndukTerlambat";
  public static final String STEP_CATAT_BTS = "ServiceTask_CatatUsulBts";
  public static final String TIMER_BATAS_PERBAIKAN = "BoundaryEvent_BatasPerbaikanUsul";
  public static final String STEP_TANPA_NOMOR_INDUK = "ServiceTask_TanpaNomorInduk";
  public static final String GATEWAY_JPT = "Gateway_JabatanJpt";
  public static final String END_NOMOR_INDUK_TERLAMBAT = "EndEvent_KeterlambatanDicatat";
  public static final String END_TANPA_NOMOR_INDUK = "EndEvent_TanpaNomorInduk";
  public static final String END_PPPK = "EndEvent_PppkDiangkat";
  public static final String END_SUMPAH_JABATAN = "EndEvent_SumpahJabatanDiucapkan";

  /** The candidate group of the instansi's tasks, e.g. instansiKabBatang. */
  public static final String VAR_KELOMPOK_INSTANSI = "kelompokInstansi";
  /** The Kanreg's outcome of the usul: MS | BTS | TMS | KEDALUWARSA (PPPK) | DITARIK (PNS), with its reason and, for MS, the NIP. */
  public static final String VAR_AKIBAT_BERHENTI = "akibatBerhenti";
  /** Who completed the last task, taken from the request, never from the form. */


  private PengangkatanProcess() {}

  /** A step of the appointment: what it works on is the appointment, its deadlines are the appointment's. */
  static ServiceTaskHandler.Binding serviceTask(Set<String> processes, String... activities) {
    return new ServiceTaskHandler.Binding(processes, Set.of(activities), VAR_PENGANGKATAN_ID, DEADLINE_OWNER);
  }

  /** The instant a limit "by" {@code lastDay} is over, for a timer: as that day ends in Jakarta. */
  static Date endOf(LocalDate lastDay) {
    return Date.from(Deadline.endOf(lastDay));
  }
}
