package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.persistence.jdbc.JdbcDatabase;

/** What a SQLite store sets up beyond the repository contract: pragmas, folders, admin chores. */
class SqliteStoreTest {

  @TempDir Path folder;

  @Test
  void everyConnection_hasWalForeignKeysBusyTimeoutAndNormalSync() {
    JdbcDatabase database = JdbcDatabase.sqlite(folder.resolve("pragmas.db"));
    Jdbi jdbi = database.jdbi();

    Map<String, Object> pragmas =
        jdbi.withHandle(
            handle ->
                Map.of(
                    "journal_mode",
                    handle.createQuery("PRAGMA journal_mode").mapTo(String.class).one(),
                    "foreign_keys",
                    handle.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one(),
                    "busy_timeout",
                    handle.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one(),
                    "synchronous",
                    handle.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()));

    assertEquals(
        Map.of("journal_mode", "wal", "foreign_keys", 1, "busy_timeout", 5000, "synchronous", 1),
        pragmas);
  }

  @Test
  void openingAFileInAMissingFolder_createsTheFolderAndTheSchema() {
    Path file = folder.resolve("nested/deeper/inspections.db");

    try (Store store = Store.open(StoreLocation.parse(file.toString()))) {
      store.regions().add(Fixtures.NORTH_WEST);
    }

    assertTrue(Files.exists(file));
  }

  @Test
  void admin_migrateAppliesV1Once_checkIsHealthyWithRowCounts_backupIsAReadableCopy() {
    StoreLocation location = StoreLocation.sqlite(folder.resolve("admin.db"));
    DatabaseAdmin admin = new DatabaseAdmin(location);

    List<String> applied = admin.migrate().stream().map(m -> m.version()).toList();
    assertEquals("1", applied.get(0));
    assertTrue(applied.contains("2"), applied.toString());
    assertEquals(List.of(), admin.migrate());
    try (Store store = Store.open(location)) {
      Fixtures.saveKnowsleyInspection(store, "i-1", LocalDate.of(2022, 11, 7));
    }

    DatabaseAdmin.CheckResult check = admin.check();
    assertTrue(check.isHealthy(), check.problems().toString());
    assertEquals(1L, check.rowCounts().get("regions"));
    assertEquals(2L, check.rowCounts().get("pdu_names"));
    assertEquals(3L, check.rowCounts().get("recommendations"));

    Path backup = admin.backup(folder.resolve("backups/copy.db"));
    try (Store copy = Store.open(StoreLocation.sqlite(backup))) {
      assertEquals(List.of(Fixtures.KNOWSLEY), copy.pdus().findAll());
      assertEquals(1, copy.inspections().findAll().size());
    }
  }

  @Test
  void check_reportsRowsPointingAtMissingParents() {
    StoreLocation location = StoreLocation.sqlite(folder.resolve("broken.db"));
    DatabaseAdmin admin = new DatabaseAdmin(location);
    admin.migrate();
    Jdbi.create("jdbc:sqlite:" + folder.resolve("broken.db"))
        .useHandle(
            handle ->
                handle.execute(
                    "INSERT INTO pdus (id, region_id, name) VALUES ('p', 'missing-region', 'P')"));

    DatabaseAdmin.CheckResult check = admin.check();

    assertEquals(1, check.problems().size(), check.problems().toString());
    assertTrue(check.problems().get(0).contains("pdus"), check.problems().toString());
  }
}
