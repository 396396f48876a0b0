package id.asn.workflow.demo;

import id.asn.workflow.workforce.ImportKind;
import id.asn.workflow.workforce.Planning;
import id.asn.workflow.workforce.PlanningOnBehalf;
import id.asn.workflow.workforce.SubmissionDeadline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Demo profile ({@code app.demo.kebutuhan}, on in application-demo.yml): Kabupaten Batang's planning with a small
 * sample of units, positions, workload tasks and staff ({@code demo/kebutuhan-kab-batang/}), so that Tasklist shows
 * operatorbatang a planning with real numbers. The next planning year whose holiday calendar is entered, else the
 * current one; once, whichever node starts first. Never stops the application from starting.
 */
@Component
@Profile("demo")
@Order(10)
class DemoPlanning implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);
  static final String INSTANSI = "KabBatang";
  static final String FOLDER = "demo/kebutuhan-kab-batang/";

  private final boolean enabled;
  private final PlanningOnBehalf plannings;
  private final Clock clock;

  DemoPlanning(@Value("${app.demo.kebutuhan:false}") boolean enabled, PlanningOnBehalf plannings, Clock clock) {
    this.enabled = enabled;
    this.plannings = plannings;
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
    Optional<Planning> existing = plannings.find(INSTANSI, tahun);
    if (existing.isPresent()) {
      return existing;
    }
    try {
      Planning planning = plannings.startAndImport("operatorbatang", INSTANSI, "Pemerintah Kabupaten Batang", tahun,
          DemoPlanning::read);
      log.info("Demo penyusunan kebutuhan ASN {} dibuat dengan data contoh", planning.id());
      return Optional.of(planning);
    } catch (DataAccessException e) {
      // another node created it at the same moment
      return plannings.find(INSTANSI, tahun);
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
