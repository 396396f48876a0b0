package id.asn.workflow.workforce;

import static id.asn.workflow.workforce.KebutuhanProcess.*;

import id.asn.workflow.identity.TaskQueues;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the user tasks of penyusunanKebutuhanAsn share: the planning, the stage it is in, the instansi's form
 * overview, what is still missing, the proposal and its submission, the correction; each in the transaction of the
 * engine's task. The tasks' own checks are in their classes ({@link PlanningTask}); the service tasks are classes
 * of their own ({@code *Step}).
 */
@Service
@Transactional
class PlanningTasks {

  private final PlanningRepository plannings;
  private final PlanningDataRepository data;
  private final PlanningReports reports;
  private final EffectiveHours effectiveHours;

  PlanningTasks(PlanningRepository plannings, PlanningDataRepository data, PlanningReports reports,
      EffectiveHours effectiveHours) {
    this.effectiveHours = effectiveHours;
    this.plannings = plannings;
    this.data = data;
    this.reports = reports;
  }

  public Planning planning(String id) {
    return plannings.get(id);
  }

  public void stageStarted(String id, Stage stage) {
    plannings.setStatus(id, stage.status());
  }

  /** The instansi's forms: the overview, the kind of instansi and the priority order to start from. */
  public Map<String, Object> instansiFormVariables(Planning p) {
    Map<String, Object> variables = new HashMap<>();
    // the data every stage builds on; what the proposal stage adds is listed once the proposal is composed
    Stage upTo = p.status() == PlanningStatus.PENYAMPAIAN ? Stage.PENYAMPAIAN : Stage.PETA_JABATAN;
    variables.put(VAR_RINGKASAN_PENYUSUNAN, PlanningSummaries.overview(p, data.counts(p.id()), reports.jobMap(p),
        gaps(p, upTo)));
    variables.put(VAR_JENIS_INSTANSI, p.jenisInstansi().name());
    // the queues' column; a process variable, so BKN's later tasks of the planning show it too
    variables.put(TaskQueues.VAR_PERIHAL, TaskQueues.perihal(p.namaInstansi(), "kebutuhan ASN tahun "
        + p.tahunKebutuhan()));
    // the workload form states the divisor the analysis uses, from the same decision table
    variables.put("jamKerjaEfektif", String.format(Locale.forLanguageTag("id-ID"), "%,d",
        effectiveHours.perYear(p.tahun())));
    variables.put("jangkaProyeksi", reports.projectionYears() + " tahun");
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

}
