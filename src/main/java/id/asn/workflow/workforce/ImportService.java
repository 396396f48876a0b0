package id.asn.workflow.workforce;

import id.asn.workflow.tabular.ImportRejectedException;
import id.asn.workflow.tabular.Csv;
import id.asn.workflow.tabular.Table;
import id.asn.workflow.tabular.ImportResult;
import id.asn.workflow.kernel.ApplicantAgeLimits;
import id.asn.workflow.kernel.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSV imports of a planning. A file is checked whole before anything is stored: with any bad row the
 * import is refused with every problem and nothing changes; a valid file replaces that kind of data of the
 * planning; the same content again changes nothing. The open task's form shows the new state at once.
 */
@Service
class ImportService {

  static final int MAX_BYTES = 10 * 1024 * 1024;

  private final ApplicantAgeLimits ageLimits;
  private final PlanningService plannings;
  private final PlanningRepository planningRepository;
  private final PlanningDataRepository data;
  private final PlanningReports reports;
  private final PlanningTasks steps;
  private final PlanningWorkflow workflow;
  private final Clock clock;

  ImportService(PlanningService plannings, PlanningRepository planningRepository, PlanningDataRepository data,
      PlanningReports reports, PlanningTasks steps, PlanningWorkflow workflow, Clock clock,
      ApplicantAgeLimits ageLimits) {
    this.ageLimits = ageLimits;
    this.plannings = plannings;
    this.planningRepository = planningRepository;
    this.data = data;
    this.reports = reports;
    this.steps = steps;
    this.workflow = workflow;
    this.clock = clock;
  }

  /** What an import did: how many rows the file holds and whether the planning changed. */
  record Outcome(String jenis, int jumlahBaris, boolean berubah) {}

  @Transactional
  Outcome importCsv(PlanningAccess access, int tahun, String instansi, ImportKind kind, byte[] body) {
    Planning planning = plannings.operable(access, tahun, instansi);
    String id = planning.id();
    String text = Csv.decode(body, MAX_BYTES, problems -> new ImportRejectedException(kind, problems));
    List<?> rows = switch (kind) {
      case UNIT_ORGANISASI -> valid(kind, UnitImport.read(text));
      case JABATAN -> valid(kind, PositionImport.read(text, data.units(id).stream().map(OrgUnit::kode)
          .collect(Collectors.toSet())));
      case BEBAN_KERJA -> valid(kind, TaskImport.read(text, data.positions(id).stream().map(Position::kode)
          .collect(Collectors.toSet()), reports.effectiveHours(planning)));
      case PEGAWAI -> valid(kind, StaffImport.read(text, planning.tanggalData(), data.positions(id).stream()
          .collect(Collectors.toMap(Position::kode, Function.identity())), reports.retirementAge(),
          youngestAsn()));
    };
    // staff have no order of their own: the same people in another order are the same data
    String sha256 = Csv.fingerprint(kind == ImportKind.PEGAWAI
        ? rows.stream().map(Object::toString).sorted().toList() : rows);
    if (data.lastImportHash(id, kind).filter(sha256::equals).isPresent()) {
      return new Outcome(kind.path(), rows.size(), false);
    }
    replace(id, kind, rows);
    Instant now = Instant.now(clock);
    data.recordImport(id, kind, sha256, rows.size(), access.userId(), now);
    planningRepository.addEvent(id, "IMPOR_" + kind.name(), rows.size() + " baris " + kind.label() + " diimpor.",
        access.userId(), now);
    workflow.refresh(id, steps.instansiFormVariables(planningRepository.get(id)));
    return new Outcome(kind.path(), rows.size(), true);
  }

  @SuppressWarnings("unchecked")
  private void replace(String id, ImportKind kind, List<?> rows) {
    switch (kind) {
      case UNIT_ORGANISASI -> {
        List<OrgUnit> units = (List<OrgUnit>) rows;
        keepReferenced(units.stream().map(OrgUnit::kode).collect(Collectors.toSet()), data.unitCodesInUse(id),
            "unit", "jabatan");
        data.replaceUnits(id, units);
      }
      case JABATAN -> {
        List<Position> positions = (List<Position>) rows;
        keepReferenced(positions.stream().map(Position::kode).collect(Collectors.toSet()), data.positionCodesInUse(id),
            "jabatan", "uraian tugas beban kerja atau pegawai");
        data.replacePositions(id, positions);
      }
      case BEBAN_KERJA -> data.replaceTasks(id, (List<PositionTask>) rows);
      case PEGAWAI -> data.replaceStaff(id, (List<StaffMember>) rows);
    }
  }

  /** A replacement may not drop a code that other data of the planning still uses. */
  private static void keepReferenced(Set<String> kept, List<String> inUse, String what, String usedBy) {
    List<String> dropped = inUse.stream().filter(code -> !kept.contains(code)).sorted().toList();
    if (!dropped.isEmpty()) {
      throw Refusal.conflict("Berkas ini tidak memuat " + what + " " + String.join(", ", dropped)
          + " yang masih dipakai data " + usedBy + "; tambahkan ke berkas, atau ubah dulu data yang memakainya");
    }
  }

  private static <T> List<T> valid(ImportKind kind, ImportResult<T> result) {
    if (!result.valid()) {
      throw new ImportRejectedException(kind, result.problems());
    }
    return result.rows();
  }


  /**
   * The stored data of a kind as a table in the import's own columns: exported (CSV, XLSX), edited and imported
   * again (as CSV).
   */
  @Transactional(readOnly = true)
  Table export(PlanningAccess access, int tahun, String instansi, ImportKind kind) {
    String id = plannings.read(access, tahun, instansi).id();
    return switch (kind) {
      case UNIT_ORGANISASI -> {
        Table table = Table.of("kodeUnit", "namaUnit", "kodeIndukUnit");
        data.units(id).forEach(u -> table.row(u.kode(), u.nama(), u.kodeInduk()));
        yield table;
      }
      case JABATAN -> {
        Table table = Table.of("kodeJabatan", "namaJabatan", "kodeUnit", "jenisJabatan", "jenjang", "kelasJabatan",
            "ikhtisarJabatan", "kualifikasiPendidikan");
        data.positions(id).forEach(p -> table.row(p.kode(), p.nama(), p.kodeUnit(), p.jenis().name(), p.jenjang().name(),
            p.kelasJabatan(), p.ikhtisar(), p.kualifikasiPendidikan()));
        yield table;
      }
      case BEBAN_KERJA -> {
        Table table = Table.of("kodeJabatan", "uraianTugas", "satuanHasil", "volumePerTahun", "normaWaktuMenit");
        data.tasks(id).values().stream().flatMap(List::stream)
            .sorted(java.util.Comparator.comparingInt(PositionTask::urutan)).forEach(t -> table.row(t.kodeJabatan(),
            t.uraian(), t.satuanHasil(), t.volumePerTahun(), t.normaWaktuMenit()));
        yield table;
      }
      case PEGAWAI -> {
        Table table = Table.of("nip", "nama", "kodeJabatan", "jenisAsn", "tanggalLahir", "akhirPerjanjian");
        data.staff(id).forEach(s -> table.row(s.nip(), s.nama(), s.kodeJabatan(), s.jenisAsn().name(), s.tanggalLahir(),
            s.akhirPerjanjian()));
        yield table;
      }
    };
  }

  /** The youngest an ASN can be: the lower of the PNS and PPPK application ages (processes/batas-usia-pelamar.dmn). */
  private int youngestAsn() {
    var age = ageLimits.current();
    return Math.min(age.pnsMin(), age.pppkMin());
  }
}
