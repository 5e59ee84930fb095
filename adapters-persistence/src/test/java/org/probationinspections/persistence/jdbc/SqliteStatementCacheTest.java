package org.probationinspections.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's prepared statements kept from one use to the next, through the pool and Jdbi. */
class SqliteStatementCacheTest {

  @TempDir Path folder;

  private JdbcDatabase database;
  private Jdbi jdbi;
  private final List<PreparedStatement> executed = new ArrayList<>();

  @BeforeEach
  void openDatabase() {
    database = JdbcDatabase.sqlite(folder.resolve("cache.db"));
    jdbi = database.jdbi();
    jdbi.useHandle(
        handle -> {
          handle.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)");
          for (int i = 1; i <= 5; i++) {
            handle.execute("INSERT INTO notes (id, text) VALUES (?, ?)", i, "note " + i);
          }
        });
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void theSameSqlInTwoTransactions_runsOnTheSameCompiledStatement() {
    String first = inTransaction(handle -> textOf(handle, 1));
    String second = inTransaction(handle -> textOf(handle, 2));

    assertEquals("note 1", first);
    assertEquals("note 2", second, "the parameters of the first use are not kept");
    assertEquals(2, executed.size());
    assertSame(executed.get(0), executed.get(1));
  }

  @Test
  void aScannedQuery_closedWhenScanned_isKeptToo() {
    for (int id = 1; id <= 2; id++) {
      int key = id;
      inTransaction(
          handle ->
              Rows.scanned(
                  handle
                      .createQuery("SELECT text FROM notes WHERE id = :id")
                      .bind("id", key)
                      .addCustomizer(recorder()),
                  (results, context) -> {
                    var row = results.get();
                    row.next();
                    return row.getString(1);
                  }));
    }

    assertSame(executed.get(0), executed.get(1));
  }

  @Test
  void theSameSqlInsideTheIterationOfItself_getsAStatementOfItsOwn() {
    List<String> pairs =
        inTransaction(
            handle ->
                handle
                    .createQuery("SELECT text FROM notes WHERE id <= :most ORDER BY id")
                    .bind("most", 2)
                    .addCustomizer(recorder())
                    .mapTo(String.class)
                    .stream()
                    .map(
                        outer ->
                            outer
                                + "/"
                                + handle
                                    .createQuery(
                                        "SELECT text FROM notes WHERE id <= :most ORDER BY id")
                                    .bind("most", 1)
                                    .addCustomizer(recorder())
                                    .mapTo(String.class)
                                    .one())
                    .toList());

    assertEquals(List.of("note 1/note 1", "note 2/note 1"), pairs);
    assertNotSame(executed.get(0), executed.get(1));
  }

  @Test
  void keptStatementsHoldNoReadSnapshot_soACheckpointCanCopyTheWholeLog() throws Exception {
    // Queries stopped after their first row, and writes, leave statements in the cache.
    for (int i = 0; i < 20; i++) {
      int id = i % 5 + 1;
      inTransaction(
          handle ->
              handle
                  .createQuery("SELECT text FROM notes WHERE id >= :id ORDER BY id")
                  .bind("id", id)
                  .mapTo(String.class)
                  .findFirst());
      database
          .transactions()
          .write(
              handle ->
                  handle.execute("UPDATE notes SET text = ? WHERE id = ?", "changed " + id, id));
    }

    try (Connection other =
            DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("cache.db"));
        Statement statement = other.createStatement();
        ResultSet checkpoint = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
      checkpoint.next();
      assertEquals(0, checkpoint.getInt(1), "a reader held the log: the checkpoint was blocked");
    }
  }

  @Test
  void aStatementThatFailed_canBeUsedAgain() {
    String insert = "INSERT INTO notes (id, text) VALUES (:id, :text)";

    assertThrows(
        UnableToExecuteStatementException.class,
        () ->
            inTransaction(
                handle ->
                    handle.createUpdate(insert).bind("id", 6).bind("text", "note 1").execute()));
    inTransaction(
        handle -> handle.createUpdate(insert).bind("id", 6).bind("text", "note 6").execute());

    assertEquals("note 6", inTransaction(handle -> textOf(handle, 6)));
  }

  @Test
  void aKeptStatementFollowsAChangeOfTheSchema() {
    String all = "SELECT * FROM notes WHERE id = :id";
    inTransaction(handle -> handle.createQuery(all).bind("id", 1).mapToMap().one());
    jdbi.useHandle(
        handle -> handle.execute("ALTER TABLE notes ADD COLUMN author TEXT DEFAULT 'inspector'"));

    var row = inTransaction(handle -> handle.createQuery(all).bind("id", 1).mapToMap().one());

    assertEquals("inspector", row.get("author"));
  }

  @Test
  void theStatementsOfAConnectionThatWasClosed_areForgotten_andNeverUsed() {
    // Without a pool every handle has a connection of its own, closed with the handle: as a
    // connection the pool retires.
    var dataSource = new org.sqlite.SQLiteDataSource();
    dataSource.setUrl("jdbc:sqlite:" + folder.resolve("cache.db"));
    SqliteStatementCache cache = new SqliteStatementCache();
    Jdbi unpooled = Jdbi.create(dataSource);
    unpooled.setStatementBuilderFactory(cache);

    for (int id = 1; id <= 3; id++) {
      int key = id;
      String text =
          unpooled.withHandle(
              handle ->
                  handle
                      .createQuery("SELECT text FROM notes WHERE id = :id")
                      .bind("id", key)
                      .mapTo(String.class)
                      .one());
      assertEquals("note " + id, text);
    }

    unpooled.useHandle(handle -> assertEquals(0, cache.size(), "the closed connections' kept"));
  }

  private String textOf(Handle handle, int id) {
    return handle
        .createQuery("SELECT text FROM notes WHERE id = :id")
        .bind("id", id)
        .addCustomizer(recorder())
        .mapTo(String.class)
        .one();
  }

  private <T> T inTransaction(java.util.function.Function<Handle, T> work) {
    return database.transactions().write(work);
  }

  private StatementCustomizer recorder() {
    return new StatementCustomizer() {
      @Override
      public void beforeExecution(PreparedStatement statement, StatementContext context) {
        executed.add(statement);
      }
    };
  }
}
