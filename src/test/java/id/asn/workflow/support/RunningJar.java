package id.asn.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/** The packaged application started as production starts it (`java -jar`), on a free port, for *IT tests. */
public final class RunningJar implements AutoCloseable {

  private final Process process;
  private final TestRestTemplate client;
  private final Path log;

  private RunningJar(Process process, TestRestTemplate client, Path log) {
    this.process = process;
    this.client = client;
    this.log = log;
  }

  /** Starts the jar failsafe names in {@code app.jar} and waits until it reports healthy. */
  public static RunningJar start(Map<String, String> environment, String... arguments) throws IOException,
      InterruptedException {
    String jar = System.getProperty("app.jar");
    assertThat(jar).as("failsafe passes the packaged jar as app.jar").isNotNull();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar, "--server.port=" + port));
    command.addAll(List.of(arguments));
    Path log = Files.createTempFile("asn-jar", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    RunningJar jarProcess = new RunningJar(builder.start(),
        new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)), log);
    jarProcess.awaitHealthy(Duration.ofMinutes(3));
    return jarProcess;
  }

  private void awaitHealthy(Duration patience) throws InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("the jar is running; log: %s", log).isTrue();
      try {
        if (client.getForEntity("/actuator/health", String.class).getStatusCode().is2xxSuccessful()) {
          return;
        }
      } catch (RuntimeException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the jar did not become healthy in " + patience + "; log: " + log);
  }

  public TestRestTemplate client() {
    return client;
  }

  public Path log() {
    return log;
  }

  /** Kills the JVM as a power cut would (SIGKILL): no shutdown hook, no transaction finished. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
