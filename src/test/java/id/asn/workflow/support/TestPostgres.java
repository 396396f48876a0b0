package id.asn.workflow.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for tests: the server on 127.0.0.1:5432 when it answers, otherwise an embedded one
 * started once per JVM. Each call gives a new, empty database. Never skips: no PostgreSQL is a failure.
 */
public final class TestPostgres {

  /** The local server; -Dtest.postgres.local=jdbc:postgresql://host:port/ points elsewhere (a closed port forces the embedded one). */
  private static final String LOCAL_URL = System.getProperty("test.postgres.local", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = "postgres";

  private static String serverUrl;
  private static EmbeddedPostgres embedded;

  private TestPostgres() {}

  /** A JDBC URL of a fresh database; user {@link #user()}, empty password. */
  public static synchronized String freshDatabase() {
    String base = server();
    String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(base + "postgres", USER, "");
        Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database on " + base, e);
    }
    return base + name;
  }

  /**
   * Points a Spring test context at a fresh database with an engine of its own name: Camunda finds engines by
   * name in a static registry, so a second "default" in this JVM would answer the other contexts' requests.
   */
  public static void register(DynamicPropertyRegistry registry, String engineName, String dataDir) {
    String url = freshDatabase();
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", TestPostgres::user);
    registry.add("spring.datasource.password", () -> "");
    registry.add("app.data-dir", () -> dataDir);
    registry.add("camunda.bpm.process-engine-name", () -> engineName);
  }

  public static String user() {
    return USER;
  }

  /** Where the databases live, for the test log: the local server or the embedded one. */
  public static synchronized String describe() {
    return embedded != null ? "embedded PostgreSQL on port " + embedded.getPort() : "local PostgreSQL " + server();
  }

  private static String server() {
    if (serverUrl != null) {
      return serverUrl;
    }
    try {
      DriverManager.setLoginTimeout(3);
      try (Connection c = DriverManager.getConnection(LOCAL_URL + "postgres", USER, "")) {
        serverUrl = LOCAL_URL;
        return serverUrl;
      }
    } catch (SQLException localDown) {
      try {
        embedded = EmbeddedPostgres.builder().start();
        serverUrl = "jdbc:postgresql://localhost:" + embedded.getPort() + "/";
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            embedded.close();
          } catch (IOException ignored) {
            // the JVM is ending; the temporary cluster goes with it
          }
        }));
        return serverUrl;
      } catch (IOException e) {
        IllegalStateException failure = new IllegalStateException(
            "No PostgreSQL: 127.0.0.1:5432 does not answer and the embedded one did not start", e);
        failure.addSuppressed(localDown);
        throw failure;
      }
    }
  }
}
