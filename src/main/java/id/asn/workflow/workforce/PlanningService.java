package id.asn.workflow.workforce;

import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.kernel.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a planning and following it: an instansi operator starts one per planning year (the process
 * starts with it, in the same transaction), declares a budget change, reads its own; BKN reads all.
 */
@Service
class PlanningService {

  static final int MIN_TAHUN = 2000;
  static final int MAX_TAHUN = 2100;

  private final PlanningRepository plannings;
  private final DeadlineService deadlines;
  private final PlanningWorkflow workflow;
  private final Clock clock;

  PlanningService(PlanningRepository plannings, DeadlineService deadlines, PlanningWorkflow workflow, Clock clock) {
    this.plannings = plannings;
    this.deadlines = deadlines;
    this.workflow = workflow;
    this.clock = clock;
  }

  record StartRequest(String jenisInstansi, String namaInstansi) {}

  @Transactional
  Planning start(PlanningAccess access, int tahun, String requestedInstansi, StartRequest request) {
    String instansi = access.operable(requestedInstansi);
    List<FieldProblem> problems = new ArrayList<>();
    if (tahun < MIN_TAHUN || tahun > MAX_TAHUN) {
      problems.add(new FieldProblem("tahun", "harus antara " + MIN_TAHUN + " dan " + MAX_TAHUN));
    }
    StartRequest body = request == null ? new StartRequest(null, null) : request;
    JenisInstansi jenis = jenisInstansi(JenisInstansi.fromCode(instansi), body.jenisInstansi(), problems);
    String nama = namaInstansi(instansi, body.namaInstansi(), problems);
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    String id = Planning.idOf(instansi, tahun);
    if (plannings.findById(id).isPresent()) {
      throw alreadyStarted(id);
    }
    DeadlineService.Deadline deadline = deadlines.of(tahun, false);
    Instant now = Instant.now(clock);
    Planning planning = new Planning(id, instansi, nama, jenis, tahun, deadlines.dataDate(tahun), PlanningStatus.ANALISIS_JABATAN, false,
        deadline.lastDay(), deadline.warningDay(), null, false, null, null, null, null, null, null, null, null, null, now, now);
    try {
      plannings.insert(planning);
    } catch (DuplicateKeyException e) {
      throw alreadyStarted(id); // a simultaneous start committed first
    }
    plannings.addEvent(id, "DIMULAI", "Penyusunan kebutuhan ASN tahun " + tahun + " dimulai; batas penyampaian "
        + Angka.tanggal(deadline.lastDay()) + ".", access.userId(), now);
    workflow.started(planning);
    return plannings.get(id);
  }

  /** The kind given, or else the one the instansi's code tells. */
  private static JenisInstansi jenisInstansi(JenisInstansi byCode, String given, List<FieldProblem> problems) {
    if (given == null || given.isBlank()) {
      return byCode;
    }
    JenisInstansi jenis = JenisInstansi.parse(given).orElse(null);
    if (jenis == null) {
      problems.add(new FieldProblem("jenisInstansi", "harus " + JenisInstansi.names()));
    }
    return jenis;
  }

  /** The name given, or else the one made from the instansi's code. */
  private static String namaInstansi(String instansi, String given, List<FieldProblem> problems) {
    String nama = given == null || given.isBlank() ? JenisInstansi.nameFromCode(instansi) : given.strip();
    if (nama.length() > 200) {
      problems.add(new FieldProblem("namaInstansi", "paling panjang 200 karakter"));
    }
    return nama;
  }

  private static Refusal alreadyStarted(String id) {
    return Refusal.conflict("Penyusunan " + id + " sudah ada: satu penyusunan per instansi dan tahun");
  }

  @Transactional(readOnly = true)
  Planning read(PlanningAccess access, int tahun, String requestedInstansi) {
    String instansi = access.readable(requestedInstansi);
    return plannings.findById(Planning.idOf(instansi, tahun))
        .orElseThrow(() -> Refusal.notFound("Penyusunan kebutuhan " + instansi + " tahun " + tahun + " belum dimulai"));
  }

  /**
   * The planning an operator changes: their own, while the stage lets the instansi change data; locked for
   * the rest of the caller's transaction.
   */
  @Transactional
  Planning operable(PlanningAccess access, int tahun, String requestedInstansi) {
    String instansi = access.operable(requestedInstansi);
    Planning planning = plannings.findByIdForUpdate(Planning.idOf(instansi, tahun))
        .orElseThrow(() -> Refusal.notFound("Penyusunan kebutuhan " + instansi + " tahun " + tahun
            + " belum dimulai: POST /api/kebutuhan/" + tahun));
    if (!planning.status().dataEditable()) {
      throw Refusal.conflict("Penyusunan " + planning.id() + " berada di tahap " + planning.status().label()
          + ": data tidak dapat diubah" + (planning.status() == PlanningStatus.PENYAMPAIAN
          ? " selama usul dalam pengesahan dan penyampaian" : " setelah usul disampaikan, kecuali bila BKN mengembalikannya"));
    }
    return planning;
  }

  @Transactional(readOnly = true)
  List<Planning> list(PlanningAccess access, Integer tahun) {
    return plannings.list(access.visibleInstansi(), tahun);
  }

  @Transactional(readOnly = true)
  List<PlanningRepository.Event> history(PlanningAccess access, int tahun, String instansi) {
    return plannings.events(read(access, tahun, instansi).id());
  }

  /** Next year's budget plan changes: the deadline moves to the end of April, once, before submission. */
  @Transactional
  Planning changeBudget(PlanningAccess access, int tahun, String requestedInstansi, String alasan) {
    String instansi = access.operable(requestedInstansi);
    Planning planning = plannings.findById(Planning.idOf(instansi, tahun))
        .orElseThrow(() -> Refusal.notFound("Penyusunan kebutuhan " + instansi + " tahun " + tahun + " belum dimulai"));
    if (alasan == null || alasan.isBlank()) {
      throw Refusal.invalid("alasan", "wajib diisi: perubahan rencana anggaran apa yang terjadi");
    }
    if (alasan.length() > 2000) {
      throw Refusal.invalid("alasan", "paling panjang 2000 karakter");
    }
    if (planning.submitted()) {
      throw Refusal.conflict("Usul " + planning.id() + " sudah disampaikan; batas penyampaian tidak lagi berlaku");
    }
    if (!plannings.markBudgetChanged(planning.id())) {
      throw Refusal.conflict("Perubahan rencana anggaran untuk " + planning.id() + " sudah dicatat; batas penyampaian "
          + Angka.tanggal(planning.batasPenyampaian()));
    }
    plannings.addEvent(planning.id(), "PERUBAHAN_ANGGARAN", alasan.strip(), access.userId(), Instant.now(clock));
    workflow.budgetChanged(planning.id());
    return plannings.get(planning.id());
  }
}
