package org.probationinspections.persistence;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.persistence.jdbc.JdbcDatabase;
import org.probationinspections.persistence.jdbc.JdbcDatabase.AppliedMigration;

/**
 * The database chores the command line offers: migrate, check, back up. It connects without
 * migrating, so that {@link #migrate} reports what it applied.
 */
public final class DatabaseAdmin {

  private final StoreLocation location;
  private final Optional<JdbcDatabase> database;

  public DatabaseAdmin(StoreLocation location) {
    this.location = location;
    this.database =
        location.kind() == StoreLocation.Kind.MEMORY
            ? Optional.empty()
            : Optional.of(Databases.connect(location));
  }

  /** What a check found: the problems (none when healthy) and the rows of every table. */
  public record CheckResult(List<String> problems, Map<String, Long> rowCounts) {

    public CheckResult {
      problems = List.copyOf(problems);
      rowCounts = Map.copyOf(rowCounts);
    }

    public boolean isHealthy() {
      return problems.isEmpty();
    }
  }

  /**
   * Brings the schema to the latest version; returns the migrations applied now (none if current).
   */
  public List<AppliedMigration> migrate() {
    return database.map(JdbcDatabase::migrate).orElse(List.of());
  }

  /**
   * Runs the database's integrity checks (SQLite: integrity_check and foreign_key_check;
   * PostgreSQL: unvalidated constraints) and counts the rows of every table. The schema is migrated
   * first if needed, so that every table exists.
   */
  public CheckResult check() {
    if (database.isEmpty()) {
      return new CheckResult(List.of(), Map.of());
    }
    JdbcDatabase db = database.get();
    db.migrate();
    return new CheckResult(db.integrityProblems(), db.rowCounts());
  }

  /**
   * Writes a consistent copy to {@code target}, which must not exist: a SQLite file (VACUUM INTO)
   * for SQLite, a JSON export of every table for PostgreSQL.
   *
   * @throws IllegalStateException for the in-memory store, which has nothing to back up
   */
  public Path backup(Path target) {
    JdbcDatabase db =
        database.orElseThrow(
            () ->
                new IllegalStateException(
                    "the in-memory store keeps nothing after the process ends: nothing to back up"));
    db.backup(target);
    return target.toAbsolutePath();
  }

  public StoreLocation location() {
    return location;
  }
}
