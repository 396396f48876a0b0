package id.asn.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How many Pertek documents one node renders and signs per second, B-level and B-T (local time-stamping
 * authority), on one thread and on every core. Not part of the normal build: run it with
 * {@code ./mvnw -Pbenchmark test}; the figures are printed and written to target/benchmark/pertek-signing.txt.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PertekSigningBenchmark {

  private static final long WARM_UP_NANOS = 6_000_000_000L;
  private static final long MEASURE_NANOS = 8_000_000_000L;

  private final PertekRenderer renderer = new PertekRenderer();
  private final SigningKey key = TestPki.TRUSTED.signer("penandatangan1", "Bambang Suryono");

  @Test
  void renderAndSign() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("Pertek rendering + PAdES signing, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version"));
    PadesSigner baselineB = new PadesSigner(null);
    PadesSigner baselineT = TestPki.timeStamping(TestPki.TRUSTED);
    int cores = Runtime.getRuntime().availableProcessors();
    for (PadesSigner signer : List.of(baselineB, baselineT)) {
      run(signer, cores, WARM_UP_NANOS);
      lines.add(run(signer, 1, MEASURE_NANOS).describe(signer, 1));
      if (cores > 1) {
        lines.add(run(signer, cores, MEASURE_NANOS).describe(signer, cores));
      }
    }
    byte[] sample = baselineB.sign(renderer.render(TestPerteks.pns()), key, Instant.now(), TestPki.DETAILS);
    assertThat(TestPki.validator().validate(sample).valid()).isTrue();
    lines.add("signed Pertek size: " + sample.length / 1024 + " KB");

    lines.forEach(System.out::println);
    Path report = Path.of("target/benchmark/pertek-signing.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, lines, StandardCharsets.UTF_8);
  }

  private record Result(long documents, long nanos, long renderNanos, long signNanos) {
    String describe(PadesSigner signer, int threads) {
      double seconds = nanos / 1e9;
      return String.format(Locale.ROOT, "%s, %d thread(s): %d documents rendered and signed in %.1f s = %.1f per second"
              + " (per document: render %.1f ms, sign %.1f ms)", signer.level(), threads, documents, seconds,
          documents / seconds, renderNanos / 1e6 / documents, signNanos / 1e6 / documents);
    }
  }

  /** Renders and signs distinct documents on {@code threads} threads for {@code nanos}. */
  private Result run(PadesSigner signer, int threads, long nanos) throws Exception {
    AtomicLong documents = new AtomicLong();
    AtomicLong render = new AtomicLong();
    AtomicLong sign = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          while (System.nanoTime() - start < nanos) {
            long n = documents.incrementAndGet();
            long a = System.nanoTime();
            byte[] pdf = renderer.render(content(n));
            long b = System.nanoTime();
            byte[] signed = signer.sign(pdf, key, Instant.now(), TestPki.DETAILS);
            long c = System.nanoTime();
            if (signed.length <= pdf.length) {
              throw new IllegalStateException("not signed");
            }
            render.addAndGet(b - a);
            sign.addAndGet(c - b);
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Result(documents.get(), System.nanoTime() - start, render.get(), sign.get());
  }

  private static PertekContent content(long n) {
    PertekContent c = TestPerteks.pns();
    return new PertekContent(String.format(Locale.ROOT, "%05d/PERTEK-NI/KR.I/III/2025", n), c.tanggal(), c.kantor(),
        c.instansi(), c.jenisAsn(), c.dasarHukum(), "Peserta " + n, c.nomorPeserta(), c.tempatLahir(), c.tanggalLahir(),
        c.jenisKelamin(), c.pendidikan(), c.jabatan(), c.unitKerja(), c.tmt(), c.golonganRuang(), c.nomorInduk(),
        c.urlVerifikasi(), c.batasPenetapanHariKerja());
  }
}
