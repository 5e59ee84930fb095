package org.probationinspections.cli.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.probationinspections.cli.testing.Folders;

/**
 * An embedded PostgreSQL server for the benchmark, its directories under the work folder. Its data
 * directory is kept between runs, one per scale: a marker beside it says that the dataset was
 * generated to the end, and a later run starts the server on it instead of generating it again
 * (about 7 minutes at scale 100). Without the marker the directory is deleted and made anew. {@code
 * reused} says whether the server runs on a dataset a previous run generated to the end.
 */
public record PostgresForBenchmark(EmbeddedPostgres server, Path dataDirectory, boolean reused)
    implements AutoCloseable {

  static PostgresForBenchmark start(Path work, String scale) throws Exception {
    Path root = work.resolve("postgres");
    Path data = root.resolve("data-scale-" + scale);
    boolean reused = Files.isRegularFile(marker(data)) && Files.isDirectory(data);
    if (!reused) {
      Folders.deleteTree(root);
    }
    Path sockets = root.resolve("sockets");
    Files.createDirectories(sockets);
    Files.createDirectories(root.resolve("work"));
    EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(root.resolve("work").toFile())
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setServerConfig("unix_socket_directories", sockets.toString())
            .setRegisterShutdownHook(true)
            .start();
    if (!reused) {
      try (Connection connection = server.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE bench");
      }
    }
    return new PostgresForBenchmark(server, data, reused);
  }

  /**
   * A new server in {@code root} (its data directory made anew, durability off: for tests and
   * probes, which keep nothing), with an empty database {@code bench}.
   */
  public static PostgresForBenchmark fresh(Path root) throws Exception {
    Folders.deleteTree(root);
    Path sockets = Files.createDirectories(root.resolve("sockets"));
    EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(Files.createDirectories(root.resolve("work")).toFile())
            .setDataDirectory(root.resolve("data"))
            .setCleanDataDirectory(true)
            .setServerConfig("unix_socket_directories", sockets.toString())
            .setServerConfig("fsync", "off")
            .setRegisterShutdownHook(true)
            .start();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE bench");
    }
    return new PostgresForBenchmark(server, root.resolve("data"), false);
  }

  private static Path marker(Path data) {
    return data.resolveSibling(data.getFileName() + ".complete");
  }

  /** Records that the dataset was generated to the end, so that the next run reuses it. */
  void markComplete() throws Exception {
    Files.writeString(marker(dataDirectory), "");
  }

  /**
   * Fresh planner statistics for a reused dataset (the server itself migrates it when a shipped
   * migration is missing, at start, before the timing).
   */
  void analyze() throws Exception {
    try (Connection connection = DriverManager.getConnection(url());
        Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    }
  }

  /** The JDBC URL of the database {@code bench}. */
  public String url() {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/bench?user=postgres";
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
