package id.asn.workflow.workforce;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: Kabupaten Batang's planning with a small sample of units, positions, workload tasks and
 * staff ({@code demo/kebutuhan-kab-batang/}), so that Tasklist shows operatorbatang a planning with real
 * numbers. The next planning year whose holiday calendar is entered, else the current one; once, whichever
 * node starts first. Never stops the application from starting.
 */
@Component
@Order(10)
class DemoPlanning implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);
  static final String INSTANSI = "KabBatang";
  static final String FOLDER = "demo/kebutuhan-kab-batang/";

  private final boolean enabled;
  private final PlanningService plannings;
  private final ImportService imports;
  private final PlanningRepository repository;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DemoPlanning(@Value("${app.demo.kebutuhan:false}") boolean enabled, PlanningService plannings, ImportService imports,
      PlanningRepository repository, PlatformTransactionManager transactions, Clock clock) {
    this.enabled = enabled;
    this.plannings = plannings;
    this.imports = imports;
    this.repository = repository;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    int year = LocalDate.now(clock.withZone(SubmissionDeadline.ZONE)).getYear();
    try {
      for (int tahun : List.of(year + 1, year)) {
        if (load(tahun).isPresent()) {
          return;
        }
      }
      log.warn("Demo penyusunan kebutuhan ASN tahun {} dan {} tidak dibuat", year + 1, year);
    } catch (RuntimeException e) {
      log.warn("Demo penyusunan kebutuhan ASN tidak dibuat", e);
    }
  }

  /** Starts and fills the demo planning of a year; empty when the year's calendar is missing. */
  Optional<Planning> load(int tahun) {
    String id = Planning.idOf(INSTANSI, tahun);
    if (repository.findById(id).isPresent()) {
      return repository.findById(id);
    }
    PlanningAccess operator = new PlanningAccess("operatorbatang", false, Set.of(INSTANSI));
    try {
      return Optional.of(transaction.execute(status -> {
        plannings.start(operator, tahun, INSTANSI, new PlanningService.StartRequest(null, "Pemerintah Kabupaten Batang"));
        for (ImportKind kind : ImportKind.values()) {
          imports.importCsv(operator, tahun, INSTANSI, kind, read(kind));
        }
        log.info("Demo penyusunan kebutuhan ASN {} dibuat dengan data contoh", id);
        return repository.get(id);
      }));
    } catch (DataAccessException e) {
      // another node created it at the same moment
      return repository.findById(id);
    }
  }

  private static byte[] read(ImportKind kind) {
    try (InputStream in = new ClassPathResource(FOLDER + kind.path() + ".csv").getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
