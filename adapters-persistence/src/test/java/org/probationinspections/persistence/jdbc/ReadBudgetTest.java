package org.probationinspections.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.port.out.UnitOfWork.ReadBudgetExceededException;
import org.probationinspections.persistence.EmbeddedPostgresServer;

/**
 * A read that runs past the budget a server sets is stopped by the database and fails alone, on
 * SQLite and on PostgreSQL; writes are not limited, and the same connection pool serves the next
 * read at once.
 */
class ReadBudgetTest {

  /** A query that never ends by itself. */
  private static final String ENDLESS =
      "WITH RECURSIVE counting(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counting)"
          + " SELECT COUNT(*) FROM counting";

  @TempDir Path folder;

  @Test
  void onSqlite_anEndlessRead_isStoppedAtItsBudget_andTheNextReadIsServed() {
    JdbcDatabase database = JdbcDatabase.sqlite(folder.resolve("budget.db"));
    database.migrate();
    try {
      stoppedAtTheBudget(database);
    } finally {
      database.close();
    }
  }

  @Test
  void onPostgresql_anEndlessRead_isStoppedAtItsBudget_andTheNextReadIsServed() {
    JdbcDatabase database = JdbcDatabase.postgresql(EmbeddedPostgresServer.freshDatabaseUrl());
    database.migrate();
    try {
      stoppedAtTheBudget(database);
    } finally {
      database.close();
    }
  }

  private static void stoppedAtTheBudget(JdbcDatabase database) {
    JdbcTransactions transactions = database.transactions();
    transactions.limitReads(Duration.ofSeconds(1));

    long started = System.nanoTime();
    ReadBudgetExceededException stopped =
        assertThrows(
            ReadBudgetExceededException.class,
            () -> transactions.read(handle -> handle.createQuery(ENDLESS).mapTo(Long.class).one()));
    assertEquals(Duration.ofSeconds(1), stopped.budget());
    assertTrue(
        System.nanoTime() - started < Duration.ofSeconds(60).toNanos(),
        "stopped, not left to run (a generous bound: this is no timing of the product)");

    assertEquals(
        List.of(1L),
        transactions.read(handle -> handle.createQuery("SELECT 1").mapTo(Long.class).list()));
    assertEquals(
        List.of(2L),
        transactions.readOneStatement(
            handle -> handle.createQuery("SELECT 2").mapTo(Long.class).list()));
  }
}
