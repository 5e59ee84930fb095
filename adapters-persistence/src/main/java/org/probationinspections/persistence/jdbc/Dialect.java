package org.probationinspections.persistence.jdbc;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;

/**
 * Every difference between SQLite and PostgreSQL in one place: the schema placeholders, how dates
 * and instants are stored, how a transaction begins, how integrity is checked.
 */
public enum Dialect {
  SQLITE(
      Map.of(
          "date_type", "TEXT",
          "timestamp_type", "TEXT",
          "sorted_text", "TEXT")) {
    @Override
    Argument date(LocalDate date) {
      String text = date.toString();
      return (position, statement, context) -> statement.setString(position, text);
    }

    @Override
    LocalDate readDate(ResultSet row, String column) throws SQLException {
      return LocalDate.parse(row.getString(column));
    }

    @Override
    Argument instant(Instant instant) {
      String text = instant.toString();
      return (position, statement, context) -> statement.setString(position, text);
    }

    @Override
    Instant readInstant(ResultSet row, String column) throws SQLException {
      return Instant.parse(row.getString(column));
    }

    /**
     * A transaction that will write takes the write lock when it begins (BEGIN IMMEDIATE), so that
     * two writers wait for each other (busy_timeout) instead of failing when a read lock cannot be
     * upgraded; a read-only one stays deferred and does not block writers under WAL.
     */
    @Override
    void beforeBegin(Handle handle, boolean writes) {
      try {
        handle
            .getConnection()
            .unwrap(SQLiteConnection.class)
            .getConnectionConfig()
            .setTransactionMode(writes ? TransactionMode.IMMEDIATE : TransactionMode.DEFERRED);
      } catch (SQLException e) {
        throw new IllegalStateException("not a SQLite connection", e);
      }
    }

    /**
     * {@code PRAGMA integrity_check} answers "ok" or the problems; foreign_key_check the orphans.
     */
    @Override
    List<String> integrityProblems(Handle handle) {
      List<String> problems = new ArrayList<>();
      handle.createQuery("PRAGMA integrity_check").mapTo(String.class).stream()
          .filter(line -> !line.equals("ok"))
          .forEach(problems::add);
      handle
          .createQuery("PRAGMA foreign_key_check")
          .map(
              (row, context) ->
                  "row "
                      + row.getLong("rowid")
                      + " of "
                      + row.getString("table")
                      + " points at a missing row of "
                      + row.getString("parent"))
          .forEach(problems::add);
      return problems;
    }

    /** VACUUM INTO writes a consistent copy even while the product is writing (WAL). */
    @Override
    void backup(Handle handle, Path target) {
      handle.execute("VACUUM INTO ?", target.toAbsolutePath().toString());
    }
  },

  POSTGRESQL(
      Map.of(
          "date_type", "DATE",
          "timestamp_type", "TIMESTAMP WITH TIME ZONE",
          "sorted_text", "TEXT COLLATE \"C\"")) {
    @Override
    Argument date(LocalDate date) {
      return (position, statement, context) -> statement.setObject(position, date);
    }

    @Override
    LocalDate readDate(ResultSet row, String column) throws SQLException {
      return row.getObject(column, LocalDate.class);
    }

    @Override
    Argument instant(Instant instant) {
      OffsetDateTime utc = instant.atOffset(ZoneOffset.UTC);
      return (position, statement, context) -> statement.setObject(position, utc);
    }

    @Override
    Instant readInstant(ResultSet row, String column) throws SQLException {
      return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    @Override
    void beforeBegin(Handle handle, boolean writes) {
      // Read committed is enough: every aggregate write checks its version in the UPDATE.
    }

    /** Constraints are enforced by the server; a constraint left unvalidated is worth a look. */
    @Override
    List<String> integrityProblems(Handle handle) {
      return handle
          .createQuery(
              "SELECT conrelid::regclass::text || ': constraint ' || conname || ' is not validated'"
                  + " FROM pg_catalog.pg_constraint c"
                  + " JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace"
                  + " WHERE NOT c.convalidated AND n.nspname = current_schema()")
          .mapTo(String.class)
          .list();
    }

    @Override
    void backup(Handle handle, Path target) {
      JsonExport.write(handle, target);
    }
  };

  private final Map<String, String> placeholders;

  Dialect(Map<String, String> placeholders) {
    this.placeholders = placeholders;
  }

  /** The Flyway placeholders that fill in the schema's differences. */
  public Map<String, String> placeholders() {
    return placeholders;
  }

  abstract Argument date(LocalDate date);

  abstract LocalDate readDate(ResultSet row, String column) throws SQLException;

  abstract Argument instant(Instant instant);

  abstract Instant readInstant(ResultSet row, String column) throws SQLException;

  abstract void beforeBegin(Handle handle, boolean writes);

  /** What the database's own checks find wrong; empty when all is well. */
  abstract List<String> integrityProblems(Handle handle);

  /** Writes a consistent copy of the database to a new file. */
  abstract void backup(Handle handle, Path target);
}
