package id.asn.workflow.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Tasklist queues (filters): one for every group that has user tasks, sorted by due date, and one of each user's
 * own claimed tasks. Each lists the tasks of its candidate group, claimed or not, with the column {@value
 * #VAR_PERIHAL} (who or what the task is about) that every feature sets on its tasks.
 */
public final class TaskQueues {

  /** The process variable a queue shows beside the task name: the candidate, the period or the planning. */
  public static final String VAR_PERIHAL = "perihal";

  /** The key of the queue of the user's own tasks. */
  public static final String OWN = "tugasSaya";

  /**
   * @param key the candidate group, or {@link #OWN}
   * @param readers the groups that see the queue; empty for {@link #OWN}, which every user sees
   */
  public record Queue(String key, String name, String description, int priority, List<String> readers) {

    public boolean own() {
      return OWN.equals(key);
    }
  }

  /** Queues an earlier version made that the ones here replace (an instansi's queue now holds all its tasks). */
  public static final List<String> RETIRED = List.of("Penyusunan Kebutuhan ASN");

  private static final List<Queue> FIXED = List.of(
      new Queue(OWN, "Tugas saya", "Tugas yang sudah Anda klaim, menurut tenggatnya", 0, List.of()),
      new Queue(Groups.TIM_PEMROSES, "Verifikasi Usul NI", "Usul penetapan NI yang menunggu verifikasi Tim Pemroses",
          10, List.of(Groups.TIM_PEMROSES, Groups.PENGAWAS_KANREG)),
      new Queue(Groups.PEJABAT_PENANDATANGANAN, "Tanda Tangan Pertek", "Konsep Pertek yang menunggu tanda tangan "
          + "digital", 20, List.of(Groups.PEJABAT_PENANDATANGANAN, Groups.PENGAWAS_KANREG)),
      new Queue(Groups.PANITIA_SELEKSI, "Tugas Panitia Seleksi", "Tahap pengadaan PNS dan PPPK yang dikerjakan "
          + "panitia seleksi instansi", 30, List.of(Groups.PANITIA_SELEKSI)),
      new Queue(Groups.PPK, "Tugas PPK", "Penetapan, pengumuman dan keputusan yang menunggu Pejabat Pembina "
          + "Kepegawaian", 40, List.of(Groups.PPK)),
      new Queue(Groups.BKN_ANALIS, "Analisis Kebutuhan ASN", "Usul kebutuhan ASN yang menunggu analisis dan "
          + "pertimbangan teknis BKN", 50, List.of(Groups.BKN_ANALIS)));

  private TaskQueues() {}

  /** The {@value #VAR_PERIHAL} column's text: the parts given, the blank ones left out. */
  public static String perihal(String... parts) {
    return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip)
        .collect(Collectors.joining(" · "));
  }

  /** The queues of the fixed groups and the user's own. */
  public static List<Queue> fixed() {
    return FIXED;
  }

  /** The queue of a fixed candidate group, if it has one. */
  public static Optional<Queue> ofGroup(String groupId) {
    return FIXED.stream().filter(q -> q.key().equals(groupId)).findFirst();
  }

  /** An instansi's queue: its appointment and workforce-planning tasks. */
  public static Queue instansi(String groupId, String groupName) {
    return new Queue(groupId, "Tugas " + (groupName == null || groupName.isBlank() ? groupId : groupName),
        "Tahap pengangkatan dan penyusunan kebutuhan ASN yang dikerjakan instansi", 60, List.of(groupId));
  }
}
