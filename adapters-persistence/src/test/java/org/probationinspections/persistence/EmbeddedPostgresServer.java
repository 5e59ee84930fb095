package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use and stopped by a shutdown
 * hook; each caller gets a fresh, empty database on it. The tests run one at a time, so a database
 * is dropped when the next one is asked for: the data directory then holds one test's database, not
 * every test's (a gigabyte in tens of thousands of files, which the shutdown hook took longer to
 * delete than surefire waits for a test JVM to exit). Its directories live under {@code target/}
 * (initdb is run by zonky under {@code unshare -U} when the build runs as root). When the server
 * cannot start, the tests are aborted with the reason, and fail instead when the environment
 * variable CI is set.
 */
public final class EmbeddedPostgresServer {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static Throwable startFailure;
  private static boolean migratedTemplateReady;
  private static String lastHandedOut;

  private EmbeddedPostgresServer() {}

  /** A JDBC URL, with user, of a new empty database (no schema: Flyway has work to do). */
  public static synchronized String freshDatabaseUrl() {
    return handOut("template0");
  }

  /**
   * A JDBC URL of a new database copied from one that Flyway has already migrated: opening it
   * migrates nothing, which keeps the contract suite fast; the schema is the same.
   */
  static synchronized String freshMigratedDatabaseUrl() {
    if (!migratedTemplateReady) {
      String url = create("migrated_template", "template0");
      try (Store store = Store.open(StoreLocation.parse(url))) {
        // Opening migrates the template.
      }
      migratedTemplateReady = true;
    }
    return handOut("migrated_template");
  }

  /** A new database copied from {@code template}, once the one handed out before is dropped. */
  private static String handOut(String template) {
    String name = "contract_" + DATABASES.incrementAndGet();
    String url = create(name, template);
    lastHandedOut = name;
    return url;
  }

  private static String create(String name, String template) {
    EmbeddedPostgres postgres = server();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      // The names are made in this class, never taken from input.
      if (lastHandedOut != null) {
        // FORCE ends the connections of a store its test left open.
        statement.execute("DROP DATABASE IF EXISTS " + lastHandedOut + " WITH (FORCE)");
      }
      statement.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null && startFailure == null) {
      try {
        Path target = Path.of("target").toAbsolutePath();
        Path work = Files.createDirectories(target.resolve("embedded-pg/work"));
        Path data = target.resolve("embedded-pg/data");
        // A run stopped before its shutdown hook leaves a data directory initdb will not reuse.
        deleteRecursively(data);
        Path sockets = Files.createDirectories(target.resolve("embedded-pg/sockets"));
        server =
            EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(work.toFile())
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("unix_socket_directories", sockets.toString())
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setRegisterShutdownHook(true)
                .start();
      } catch (IOException | RuntimeException e) {
        startFailure = e;
      }
    }
    if (server == null) {
      String reason = "embedded PostgreSQL could not start: " + describe(startFailure);
      if (System.getenv("CI") != null) {
        fail(reason, startFailure);
      }
      abort(reason);
    }
    return server;
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append("; ");
    }
    return text.toString();
  }
}
