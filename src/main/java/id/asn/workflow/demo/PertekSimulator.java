package id.asn.workflow.demo;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.demo.SimulatedOfficers.Plan;
import id.asn.workflow.demo.Tasklist.OpenTask;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.document.UploadedDocument;
import id.asn.workflow.pertek.intake.UsulIntakeService;
import id.asn.workflow.sla.SlaStandardRepository;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo only (profile {@code demo} and {@code app.simulator.enabled=true}): sends usul NI from several instansi
 * through the real intake and works the Pertek tasks as the demo officers would, claiming and completing them
 * in Tasklist's way ({@link Tasklist}), with handling times around the standards (some breaches), so that
 * Tasklist, Cockpit and the SLA report have content. It keeps no state: each task's plan is drawn from its id.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "app.simulator.enabled", havingValue = "true")
class PertekSimulator implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(PertekSimulator.class);
  private static final List<String> INSTANSI = List.of("KabBatang", "KabPekalongan", "KotaPekalongan", "KabPemalang",
      "KabKendal");
  private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0,
      1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};

  private final Tasklist tasklist;
  private final UsulIntakeService intake;
  private final SlaStandardRepository standards;
  private final Duration interval;
  private final double usulPerHour;
  private final Clock clock;
  private final SplittableRandom random = new SplittableRandom();
  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "pertek-simulator");
    thread.setDaemon(true);
    return thread;
  });

  PertekSimulator(Tasklist tasklist, UsulIntakeService intake, SlaStandardRepository standards,
      @Value("${app.simulator.interval:PT5S}") Duration interval,
      @Value("${app.simulator.usul-per-jam:60}") double usulPerHour, Clock clock) {
    this.tasklist = tasklist;
    this.intake = intake;
    this.standards = standards;
    this.interval = interval;
    this.usulPerHour = usulPerHour;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    log.warn("SIMULATOR AKTIF (demo): usul dan pekerjaan petugas dibuat otomatis, {} usul per jam", usulPerHour);
    executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }

  void tick() {
    try {
      if (random.nextDouble() < usulPerHour * interval.toMillis() / 3_600_000.0) {
        submit();
      }
      work();
    } catch (RuntimeException e) {
      log.warn("Simulator: {}", e.getMessage());
    }
  }

  private void submit() {
    Map<DocumentType, UploadedDocument> documents = new EnumMap<>(DocumentType.class);
    var form = SimulatedCandidates.next(random);
    for (DocumentType type : DocumentType.values()) {
      if (type.isRequiredFor(id.asn.workflow.kernel.JenisAsn.valueOf(form.jenisAsn()))) {
        boolean photo = type == DocumentType.PAS_FOTO;
        documents.put(type, new UploadedDocument(type, type.name().toLowerCase() + (photo ? ".jpg" : ".pdf"),
            photo ? JPEG : PDF));
      }
    }
    intake.submitSimulated(INSTANSI.get(random.nextInt(INSTANSI.size())), form, documents);
  }

  private void work() {
    int verification = SimulatedStandards.seconds(standards, PROCESS, TASK_VERIFIKASI);
    int signing = SimulatedStandards.seconds(standards, PROCESS, TASK_TANDA_TANGAN);
    long now = clock.millis();
    for (OpenTask task : tasklist.openTasks(PROCESS)) {
      boolean verifying = TASK_VERIFIKASI.equals(task.taskKey());
      Plan plan = verifying ? SimulatedOfficers.verification(task.id(), verification)
          : SimulatedOfficers.signing(task.id(), signing);
      long age = (now - task.created().toEpochMilli()) / 1000;
      try {
        if (task.assignee() == null && age >= plan.pickupSeconds()) {
          tasklist.claim(plan.officer(), task.id());
        } else if (task.assignee() != null && age >= plan.totalSeconds()) {
          tasklist.complete(task.assignee(), task.id(), variables(plan, verifying));
        }
      } catch (RuntimeException e) {
        log.info("Simulator: tugas {} dilewati: {}", task.id(), e.getMessage());
      }
    }
  }

  private static Map<String, Object> variables(Plan plan, boolean verifying) {
    Map<String, Object> variables = new HashMap<>();
    if (verifying) {
      variables.put(VAR_HASIL_VERIFIKASI, plan.decision().name());
      if (plan.decision() != SimulatedOfficers.Decision.MS) {
        variables.put(VAR_ALASAN_VERIFIKASI, plan.decision() == SimulatedOfficers.Decision.BTS
            ? "Ijazah belum dilegalisir (simulasi)" : "Tidak terdaftar lulus seleksi (simulasi)");
      }
    } else {
      variables.put(VAR_KEPUTUSAN, plan.decision().name());
      if (plan.decision() == SimulatedOfficers.Decision.KEMBALIKAN) {
        variables.put(VAR_CATATAN, "Unit kerja pada konsep tidak sesuai (simulasi)");
      }
    }
    return variables;
  }

}
