package id.asn.workflow.workforce;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A planning started and filled on behalf of an instansi's operator, without a signed-in request: the same checks,
 * tables, events and process start as the API's start and CSV imports. Only the demo's sample planning uses it
 * ({@code demo.DemoPlanning}), as {@code pertek.intake.UsulIntakeService#submitSimulated} serves the simulator.
 */
@Service
public class PlanningOnBehalf {

  private final PlanningService plannings;
  private final ImportService imports;
  private final PlanningRepository repository;

  PlanningOnBehalf(PlanningService plannings, ImportService imports, PlanningRepository repository) {
    this.plannings = plannings;
    this.imports = imports;
    this.repository = repository;
  }

  /** The instansi's planning of a year, if it has been started. */
  public Optional<Planning> find(String instansi, int tahun) {
    return repository.findById(Planning.idOf(instansi, tahun));
  }

  /**
   * Starts the instansi's planning of a year as {@code operator} and imports one CSV file of each kind into it, all in
   * one transaction; refused as the API would refuse it (a planning that exists already among others).
   */
  @Transactional
  public Planning startAndImport(String operator, String instansi, String namaInstansi, int tahun,
      Function<ImportKind, byte[]> files) {
    PlanningAccess access = new PlanningAccess(operator, false, Set.of(instansi));
    plannings.start(access, tahun, instansi, new PlanningService.StartRequest(null, namaInstansi));
    for (ImportKind kind : ImportKind.values()) {
      imports.importCsv(access, tahun, instansi, kind, files.apply(kind));
    }
    return repository.get(Planning.idOf(instansi, tahun));
  }
}
