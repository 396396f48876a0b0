package id.asn.workflow.workforce;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.numbering.SequenceCounter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of penyusunanKebutuhanAsn share: the planning, its deadline and warning, the stage it is in, the
 * instansi's form overview, what is still missing, the proposal and its submission, the return to the instansi
 * and the issue of the Pertimbangan Teknis; each in the transaction of the engine's step. The user tasks' own
 * checks are in their classes ({@link PlanningTask}).
 */
@Service
@Transactional
public class PlanningSteps {

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

  private final PlanningRepository plannings;
  private final PlanningDataRepository data;
  private final PlanningReports reports;
  private final DeadlineService deadlines;
  private final SequenceCounter counter;

  PlanningSteps(PlanningRepository plannings, PlanningDataRepository data, PlanningReports reports,
      DeadlineService deadlines, SequenceCounter counter) {
    this.plannings = plannings;
    this.data = data;
    this.reports = reports;
    this.deadlines = deadlines;
    this.counter = counter;
  }

  public Planning planning(String id) {
    return plannings.get(id);
  }

  /**
   * Sets the deadline from the planning's year and budget change, and the day of the warning. A late mark
   * falls when a moved deadline is still ahead.
   */
  public DeadlineService.Deadline scheduleDeadline(String id, Instant now) {
    Planning p = plannings.get(id);
    DeadlineService.Deadline deadline = deadlines.of(p.tahun(), p.perubahanAnggaran());
    boolean late = p.terlambat() && SubmissionDeadline.isLate(now, deadline.lastDay());
    plannings.setDeadline(id, deadline.lastDay(), deadline.warningDay(), late);
    if (!deadline.lastDay().equals(p.batasPenyampaian())) {
      plannings.addEvent(id, "TENGGAT_DIGESER", "Rencana anggaran tahun berikutnya berubah: batas penyampaian usul menjadi "
          + Angka.tanggal(deadline.lastDay()) + (p.terlambat() && !late ? "; tanda terlambat dicabut" : "") + ".", null, now);
    }
    return deadline;
  }

  /** The instansi is warned once per deadline, unless it has already submitted. */
  public boolean warn(String id, Instant now) {
    Planning p = plannings.get(id);
    if (p.submitted() || !plannings.markWarned(id, p.batasPenyampaian())) {
      return false;
    }
    plannings.addEvent(id, "PERINGATAN_TENGGAT", "Batas penyampaian usul kebutuhan ASN tahun " + p.tahun() + " adalah "
        + Angka.tanggal(p.batasPenyampaian()) + " (" + deadlines.warningWorkingDays() + " hari kerja lagi); usul masih di tahap "
        + p.status().label().toLowerCase(java.util.Locale.ROOT) + ".", null, now);
    return true;
  }

  /** The deadline passed before the submission: the planning is marked late, once. */
  public boolean markLate(String id, Instant now) {
    Planning p = plannings.get(id);
    if (!plannings.markLate(id)) {
      return false;
    }
    plannings.addEvent(id, "TENGGAT_LEWAT", "Batas penyampaian " + Angka.tanggal(p.batasPenyampaian())
        + " lewat sebelum usul disampaikan: usul tercatat terlambat.", null, now);
    return true;
  }

  public void stageStarted(String id, Stage stage) {
    plannings.setStatus(id, stage.status());
  }

  /** The instansi's forms: the overview, the kind of instansi and the priority order to start from. */
  public Map<String, Object> instansiFormVariables(Planning p) {
    Map<String, Object> variables = new HashMap<>();
    // the data every stage builds on; what the proposal stage adds is listed once the proposal is composed
    Stage upTo = p.status() == PlanningStatus.PENYAMPAIAN ? Stage.PENYAMPAIAN : Stage.PETA_JABATAN;
    variables.put(VAR_RINGKASAN_PENYUSUNAN, PlanningSummaries.overview(p, data.counts(p.id()), reports.jobMap(p.id()),
        gaps(p, upTo)));
    variables.put(VAR_JENIS_INSTANSI, p.jenisInstansi().name());
    NeedsProposal proposal = reports.proposal(p);
    variables.put(VAR_URUTAN_PRIORITAS, PriorityOrder.text(proposal.shortfall()));
    variables.put(VAR_RINGKASAN_USUL, PlanningSummaries.proposal(p, proposal));
    return variables;
  }

  /** The proposal: the priority order of the positions in shortfall and the attachments. */
  String compose(Planning p, CompletionValues values, String user, Instant now) {
    List<String> gaps = gaps(p, Stage.USUL_KEBUTUHAN);
    if (!gaps.isEmpty()) {
      throw new InvalidCompletionException(VAR_URUTAN_PRIORITAS, "data belum lengkap: " + String.join("; ", gaps));
    }
    NeedsProposal proposal = reports.proposal(p, List.of());
    List<String> order = PriorityOrder.parse(VAR_URUTAN_PRIORITAS, values.text(VAR_URUTAN_PRIORITAS), proposal.shortfall());
    Attachments attachments = Attachments.of(p.jenisInstansi(), values);
    data.savePriorities(p.id(), order);
    plannings.saveAttachments(p.id(), attachments);
    NeedsProposal ranked = reports.proposal(p, order);
    plannings.addEvent(p.id(), "USUL_DISUSUN", "Usul kebutuhan disusun: kebutuhan " + ranked.total().kebutuhan() + ", ada "
        + ranked.total().ada() + ", kekurangan " + ranked.total().kekurangan() + " pada " + order.size() + " jabatan prioritas.",
        user, now);
    return PriorityOrder.text(ranked.shortfall());
  }

  /** The covering letter of the submission, once nothing is missing. */
  void submit(Planning p, CompletionValues values, LocalDate today) {
    List<String> gaps = gaps(p, Stage.PENYAMPAIAN);
    if (!gaps.isEmpty()) {
      throw new InvalidCompletionException("renstraDilampirkan", "usul belum dapat disampaikan: " + String.join("; ", gaps));
    }
    SubmissionLetter letter = SubmissionLetter.of(values, today);
    plannings.saveLetter(p.id(), letter);
  }

  /**
   * What is still missing before a stage can complete, in the order of the stages: units and positions
   * (job analysis), every position's tasks (workload analysis), staff (job map), priorities and
   * attachments (proposal).
   */
  List<String> gaps(Planning p, Stage stage) {
    List<String> gaps = new ArrayList<>();
    PlanningSummaries.Counts counts = data.counts(p.id());
    if (counts.unit() == 0) {
      gaps.add("belum ada unit organisasi (impor unit-organisasi)");
    }
    if (counts.jabatan() == 0) {
      gaps.add("belum ada jabatan dan informasi jabatannya (impor jabatan)");
    }
    if (stage == Stage.ANALISIS_JABATAN) {
      return gaps;
    }
    Map<String, List<PositionTask>> tasks = data.tasks(p.id());
    List<String> withoutTasks = data.positions(p.id()).stream().map(Position::kode).filter(k -> !tasks.containsKey(k)).toList();
    if (!withoutTasks.isEmpty()) {
      gaps.add(withoutTasks.size() + " jabatan belum memiliki uraian tugas beban kerja (impor beban-kerja): "
          + String.join(", ", withoutTasks.subList(0, Math.min(10, withoutTasks.size())))
          + (withoutTasks.size() > 10 ? ", ..." : ""));
    }
    if (stage == Stage.ANALISIS_BEBAN_KERJA) {
      return gaps;
    }
    if (counts.pegawai() == 0) {
      gaps.add("belum ada data pegawai per " + Angka.tanggal(p.tanggalData()) + " (impor pegawai)");
    }
    if (stage == Stage.PETA_JABATAN || stage == Stage.USUL_KEBUTUHAN) {
      return gaps;
    }
    if (gaps.isEmpty() && !reports.proposal(p).fullyRanked()) {
      gaps.add("urutan prioritas jabatan yang kekurangan pegawai belum disusun pada tahap pengusulan");
    }
    if (p.lampiran() == null) {
      gaps.add("lampiran usul (" + (p.jenisInstansi().isDaerah() ? "kondisi geografis, penduduk, luas wilayah, potensi daerah"
          : "karakteristik instansi") + ", rasio belanja pegawai) belum diisi pada tahap pengusulan");
    }
    return gaps;
  }

  void recordCorrection(String id, String catatan, String user, Instant now) {
    plannings.addEvent(id, "PERBAIKAN", catatan, user, now);
  }

  /** The proposal reaches BKN: the first submission is on time or late, a resubmission after a return is not judged. */
  public boolean recordSubmission(String id, Instant now) {
    Planning p = plannings.get(id);
    boolean first = !p.submitted();
    boolean late = first ? p.terlambat() || SubmissionDeadline.isLate(now, p.batasPenyampaian()) : p.terlambat();
    plannings.recordSubmission(id, now, late);
    plannings.setReturnReason(id, null);
    plannings.addEvent(id, first ? "DISAMPAIKAN" : "PERBAIKAN_DISAMPAIKAN", (first ? "Usul kebutuhan disampaikan ke BKN"
        : "Perbaikan usul kebutuhan disampaikan ke BKN") + (first && late ? " setelah batas " + Angka.tanggal(p.batasPenyampaian())
            + " (terlambat)." : "."), null, now);
    return late;
  }

  public void returnToInstansi(String id, String alasan, Instant now) {
    plannings.setReturnReason(id, alasan);
    plannings.addEvent(id, "DIKEMBALIKAN", "Usul dikembalikan BKN untuk diperbaiki: " + alasan, null, now);
  }

  /** Issues the Pertimbangan Teknis with the next number of the year; a retried step keeps its number. */
  public String issue(String id, LocalDate today, Instant now) {
    Planning p = plannings.get(id);
    if (p.nomorPertimbangan() != null) {
      return p.nomorPertimbangan();
    }
    long sequence = counter.next("pertimbangan-kebutuhan-" + today.getYear());
    String nomor = sequence + "/PERTEK-KEB/BKN/" + today.getYear();
    plannings.issue(id, nomor, today);
    plannings.addEvent(id, "PERTIMBANGAN_TERBIT", "Pertimbangan teknis kebutuhan ASN nomor " + nomor + " terbit; unduh di "
        + "/api/kebutuhan/" + p.tahun() + "/pertimbangan-teknis.pdf", null, now);
    return nomor;
  }
}
