package id.asn.workflow.recruitment;

/**
 * pengadaanPppk: one instance per PPPK recruitment period of an instansi (business key = period id, e.g.
 * KabBatang-2024-PPPK). The stages it shares with pengadaanPns keep their task keys, forms and listener.
 */
public final class PengadaanPppkProcess {

  public static final String PROCESS = "pengadaanPppk";
  public static final String DECISION_AMBANG_BATAS_PPPK = "ambangBatasPppk";

  public static final String TASK_UMUMKAN_KOMPETENSI = "umumkanPelaksanaanKompetensi";
  public static final String TASK_HASIL_KOMPETENSI = "tetapkanHasilKompetensi";
  public static final String TASK_UMUMKAN_HASIL = "umumkanHasilAkhirPppk";

  public static final String TIMER_KOMPETENSI_SELESAI = "TimerEvent_KompetensiSelesai";
  public static final String END_SELESAI = "EndEvent_PengadaanPppkSelesai";


  private PengadaanPppkProcess() {}
}
