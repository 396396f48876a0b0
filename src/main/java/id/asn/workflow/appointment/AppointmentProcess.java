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
final class AppointmentProcess {

  static final String PROCESS_CPNS = "pengangkatanCpns";
  static final String PROCESS_PPPK = "pengangkatanPppk";
  static final Set<String> BOTH = Set.of(PROCESS_CPNS, PROCESS_PPPK);
  static final Set<String> CPNS = Set.of(PROCESS_CPNS);
  static final Set<String> PPPK = Set.of(PROCESS_PPPK);

  /** The owner kind of the deadlines an appointment holds in the ledger. */
  static final String DEADLINE_OWNER = "PENGANGKATAN";
  /**
   * Who the process records as the sender of the usul it submits for the instansi, CPNS and PPPK alike. The value
   * is historical (pengangkatanCpns came first); stored usul and their history carry it, so it stays.
   */
  static final String PROCESS_ACTOR = "pengangkatanCpns";

  // set as the instance starts and by the engine
  static final String VAR_PENGANGKATAN_ID = "pengangkatanId";
  /** Who completed the last task, taken from the request, never from the form. */
  static final String VAR_PETUGAS = "petugas";
  // the Kanreg's outcome of the usul, as the pertek relays it
  static final String VAR_HASIL_USUL = "hasilUsul";
  static final String VAR_ALASAN_USUL = "alasanUsul";
  static final String VAR_NOMOR_INDUK = "nomorInduk";

  static final String VAR_RINGKASAN = "ringkasanPengangkatan";
  static final String VAR_BATAS_DOKUMEN = "batasDokumen";
  static final String VAR_HASIL_KELENGKAPAN = "hasilKelengkapan";
  static final String VAR_USUL_ID = "usulId";
  static final String VAR_PENDIDIKAN = "pendidikan";
  static final String VAR_BATAS_SK_CPNS = "batasSkCpns";
  static final String VAR_BATAS_PENYERAHAN = "batasPenyerahanSk";
  static final String VAR_BATAS_SPMT = "batasSpmt";
  static final String VAR_AKHIR_MASA_PERCOBAAN = "akhirMasaPercobaan";
  static final String VAR_LULUS_MASA_PERCOBAAN = "lulusMasaPercobaan";
  static final String VAR_TMT_PNS = "tmtPns";
  static final String VAR_BATAS_NOMOR_INDUK = "batasNomorInduk";
  static final String VAR_BATAS_PERBAIKAN = "batasPerbaikanUsul";
  static final String VAR_BATAS_SK_PPPK = "batasSkPppk";
  static final String VAR_BATAS_KIRIM_BKN = "batasKirimBkn";
  static final String VAR_JABATAN_JPT = "jabatanJpt";

  private AppointmentProcess() {}

  /** A step of the appointment: what it works on is the appointment, its deadlines are the appointment's. */
  static ServiceTaskHandler.Binding serviceTask(Set<String> processes, String activity) {
    return new ServiceTaskHandler.Binding(processes, Set.of(activity), VAR_PENGANGKATAN_ID, DEADLINE_OWNER);
  }

  /** The instant a limit "by" {@code lastDay} is over, for a timer: as that day ends in Jakarta. */
  static Date endOf(LocalDate lastDay) {
    return Date.from(Deadline.endOf(lastDay));
  }
}
