package id.asn.workflow.web;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Imports sent from the upload page run here, one at a time on this node, while the page asks how far they are. An
 * import stays all-or-nothing: it is the same call as a direct import, in its own transaction; a refusal keeps the
 * same problem detail (every bad line with its column and reason). Jobs are kept in memory for a day: a restart
 * forgets them, never their data, since an import either committed or changed nothing.
 */
@Component
public class ImportJobs {

  /** DIPROSES, then SELESAI (with the import's outcome) or DITOLAK (with the problem detail). */
  public record Job(String id, String pemilik, String jenis, String status, Instant diterima, Instant selesai,
      Object hasil, ProblemDetail masalah) {

    Job finished(String status, Object hasil, ProblemDetail masalah, Instant at) {
      return new Job(id, pemilik, jenis, status, diterima, at, hasil, masalah);
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
  private static final Duration KEPT = Duration.ofDays(1);

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(run -> {
    Thread thread = new Thread(run, "impor-latar");
    thread.setDaemon(true);
    return thread;
  });
  private final ApiExceptionHandler problems;
  private final Clock clock;

  ImportJobs(ApiExceptionHandler problems, Clock clock) {
    this.problems = problems;
    this.clock = clock;
  }

  /** Accepts the import and answers 202 with where to ask for its state. */
  public ResponseEntity<Job> submit(String user, String jenis, Supplier<?> importing) {
    Instant now = clock.instant();
    jobs.values().removeIf(job -> job.selesai() != null && job.selesai().isBefore(now.minus(KEPT)));
    Job job = new Job(UUID.randomUUID().toString(), user, jenis, "DIPROSES", now, null, null, null);
    jobs.put(job.id(), job);
    worker.execute(() -> jobs.put(job.id(), run(job, importing)));
    return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/impor/" + job.id())).body(job);
  }

  private Job run(Job job, Supplier<?> importing) {
    try {
      return job.finished("SELESAI", importing.get(), null, clock.instant());
    } catch (RuntimeException e) {
      ProblemDetail problem = problems.problemOf(e);
      if (problem.getStatus() >= 500) {
        LOG.error("Impor latar {} gagal karena kesalahan server", job.id(), e);
      }
      return job.finished("DITOLAK", null, problem, clock.instant());
    }
  }

  /** The job, to the user who sent it only. */
  public Optional<Job> of(String user, String id) {
    return Optional.ofNullable(jobs.get(id)).filter(job -> job.pemilik().equals(user));
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
