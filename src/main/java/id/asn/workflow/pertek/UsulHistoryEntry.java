package id.asn.workflow.pertek;

import java.time.Instant;

/**
 * One line of a usul's history as {@code GET /api/usul-ni/{id}/riwayat} shows it.
 *
 * @param sumber {@code APLIKASI} (the application's records: submission, corrections, decisions, status changes,
 *     notifications) or {@code PROSES} (the engine's user operation log: claims, completions, assignments)
 * @param oleh the user, or null when the process itself acted
 */
public record UsulHistoryEntry(Instant waktu, String sumber, String jenis, String oleh, String keterangan) {

  public static final String APLIKASI = "APLIKASI";
  public static final String PROSES = "PROSES";

  public static UsulHistoryEntry ofApplication(Instant waktu, String jenis, String oleh, String keterangan) {
    return new UsulHistoryEntry(waktu, APLIKASI, jenis, oleh, keterangan);
  }

  /** An engine operation in the usul's words: "Claim" on a task becomes KLAIM_TUGAS, "mengklaim tugas …". */
  public static UsulHistoryEntry ofProcess(UsulProcessLog.Operation operation) {
    String task = operation.tugas() == null ? "" : " " + operation.tugas();
    String[] described = switch (operation.jenis()) {
      case "Claim" -> operation.nilaiBaru() == null
          ? new String[] {"LEPAS_KLAIM_TUGAS", "melepas klaim tugas" + task}
          : new String[] {"KLAIM_TUGAS", "mengklaim tugas" + task};
      case "Complete" -> new String[] {"SELESAIKAN_TUGAS", "menyelesaikan tugas" + task};
      case "Assign" -> new String[] {"TUGASKAN", "menugaskan tugas" + task + " kepada " + orNobody(operation.nilaiBaru())};
      case "Delegate" -> new String[] {"DELEGASIKAN", "mendelegasikan tugas" + task + " kepada " + orNobody(operation.nilaiBaru())};
      case "Resolve" -> new String[] {"KEMBALIKAN_DELEGASI", "mengembalikan tugas" + task + " yang didelegasikan"};
      case "SetOwner" -> new String[] {"UBAH_PEMILIK", "mengubah pemilik tugas" + task + " menjadi " + orNobody(operation.nilaiBaru())};
      case "Delete" -> new String[] {"HAPUS", "menghapus" + (task.isEmpty() ? " instance proses" : " tugas" + task)};
      case "SuspendJob", "Suspend" -> new String[] {"TANGGUHKAN", "menangguhkan proses"};
      case "ActivateJob", "Activate" -> new String[] {"AKTIFKAN", "mengaktifkan kembali proses"};
      default -> new String[] {operation.jenis().toUpperCase(), operation.jenis() + task};
    };
    return new UsulHistoryEntry(operation.waktu(), PROSES, described[0], operation.oleh(), described[1]);
  }

  private static String orNobody(String user) {
    return user == null ? "(tidak ada)" : user;
  }
}
