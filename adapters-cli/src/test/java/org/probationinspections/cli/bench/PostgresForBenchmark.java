package org.probationinspections.cli.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** An embedded PostgreSQL server for the benchmark, its directories under the work folder. */
final class PostgresForBenchmark implements AutoCloseable {

  private final EmbeddedPostgres server;

  private PostgresForBenchmark(EmbeddedPostgres server) {
    this.server = server;
  }

  static PostgresForBenchmark start(Path work) throws Exception {
    Path root = work.resolve("postgres");
    Benchmark.deleteTree(root);
    Path sockets = root.resolve("sockets");
    Files.createDirectories(sockets);
    Files.createDirectories(root.resolve("work"));
    EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(root.resolve("work").toFile())
            .setDataDirectory(root.resolve("data"))
            .setCleanDataDirectory(true)
            .setServerConfig("unix_socket_directories", sockets.toString())
            .setRegisterShutdownHook(true)
            .start();
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE bench");
    }
    return new PostgresForBenchmark(server);
  }

  String url() {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/bench?user=postgres";
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
