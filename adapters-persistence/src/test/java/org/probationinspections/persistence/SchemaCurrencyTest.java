package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.persistence.jdbc.JdbcDatabase;
import org.probationinspections.persistence.jdbc.Schema;

/**
 * Opening a database runs Flyway only when a shipped migration is missing from the schema history;
 * {@code db migrate} always runs it, with its checks.
 */
class SchemaCurrencyTest {

  @TempDir Path folder;

  @Test
  void theListOfMigrations_isTheMigrationFiles_eachDatabaseHavingTheSameOwnVersions()
      throws Exception {
    List<String> sqliteOwn = fileVersions("/db/sqlite");
    assertEquals(sqliteOwn, fileVersions("/db/postgresql"));
    List<String> all = new ArrayList<>(fileVersions("/db/migration"));
    all.addAll(sqliteOwn);
    all.sort(Comparator.comparingInt(Integer::parseInt));
    assertEquals(all, Schema.MIGRATIONS);
  }

  private List<String> fileVersions(String folder) throws Exception {
    Path migrations = Path.of(getClass().getResource(folder).toURI());
    try (Stream<Path> files = Files.list(migrations)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.*\\.sql"))
          .map(name -> name.substring(1, name.indexOf("__")))
          .sorted(Comparator.comparingInt(Integer::parseInt))
          .toList();
    }
  }

  @Test
  void aNewDatabase_andOneBehind_areMigrated_aCurrentOneIsLeftAlone() {
    JdbcDatabase fresh = JdbcDatabase.sqlite(folder.resolve("new.db"));
    assertEquals(Schema.MIGRATIONS, versions(fresh.migrateWhenBehind()));
    assertEquals(List.of(), fresh.migrateWhenBehind());
    fresh.close();

    JdbcDatabase behind = JdbcDatabase.sqlite(folder.resolve("behind.db"));
    List<String> shipped = Schema.MIGRATIONS;
    behind.migrateTo(shipped.get(shipped.size() - 2));
    assertEquals(List.of(shipped.get(shipped.size() - 1)), versions(behind.migrateWhenBehind()));
    behind.close();
  }

  @Test
  void aChangedChecksum_isLeftToDbMigrate_whichStillRefusesIt() {
    JdbcDatabase db = JdbcDatabase.sqlite(folder.resolve("tampered.db"));
    db.migrate();
    db.jdbi().useHandle(h -> h.execute("UPDATE flyway_schema_history SET checksum = 1"));

    assertEquals(List.of(), db.migrateWhenBehind(), "a current history: Flyway is not started");
    assertThrows(RuntimeException.class, db::migrate, "db migrate validates the checksums");
    db.close();
  }

  private static List<String> versions(List<JdbcDatabase.AppliedMigration> applied) {
    return applied.stream().map(JdbcDatabase.AppliedMigration::version).toList();
  }
}
