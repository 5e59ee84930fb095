package org.probationinspections.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.probationinspections.persistence.jdbc.PostgresUrl;

/**
 * Where the data lives: in memory, in a SQLite file, or in a PostgreSQL database. Parsed from what
 * a person writes: {@code memory} (or {@code :memory:}), {@code jdbc:sqlite:path}, a plain file
 * path, or {@code jdbc:postgresql://host/db?user=…&password=…}.
 */
public record StoreLocation(Kind kind, String target) {

  /** The default store: a SQLite file in the working directory. */
  public static final String DEFAULT = "./data/inspections.db";

  /** The kinds of store. */
  public enum Kind {
    MEMORY,
    SQLITE,
    POSTGRESQL
  }

  private static final String SQLITE_PREFIX = "jdbc:sqlite:";
  private static final String POSTGRESQL_PREFIX = "jdbc:postgresql://";

  public StoreLocation {
    if (kind == null || target == null) {
      throw new IllegalArgumentException("a store location needs a kind and a target");
    }
  }

  public static StoreLocation defaultLocation() {
    return sqlite(Path.of(DEFAULT));
  }

  public static StoreLocation memory() {
    return new StoreLocation(Kind.MEMORY, "memory");
  }

  public static StoreLocation sqlite(Path file) {
    return new StoreLocation(Kind.SQLITE, file.toString());
  }

  /**
   * Reads a location as written on a command line or in configuration; blank means the default.
   *
   * @throws IllegalArgumentException for a JDBC URL of another database, or an in-memory SQLite URL
   *     (every SQLite connection would see its own empty database: use {@code memory})
   */
  public static StoreLocation parse(String text) {
    if (text == null || text.isBlank()) {
      return defaultLocation();
    }
    String value = text.strip();
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals("memory") || lower.equals(":memory:")) {
      return memory();
    }
    if (lower.startsWith(POSTGRESQL_PREFIX)) {
      PostgresUrl.parse(value);
      return new StoreLocation(Kind.POSTGRESQL, value);
    }
    if (lower.startsWith(SQLITE_PREFIX)) {
      String path = value.substring(SQLITE_PREFIX.length());
      int query = path.indexOf('?');
      if (query >= 0) {
        path = path.substring(0, query);
      }
      if (path.isBlank() || path.equals(":memory:") || path.startsWith("file::memory:")) {
        throw new IllegalArgumentException(
            "an in-memory SQLite database is not supported (each connection would see its own"
                + " empty database): write 'memory' for the in-memory store, or give a file");
      }
      return sqlite(Path.of(path));
    }
    if (lower.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "unsupported database URL "
              + PostgresUrl.masked(value)
              + ": use jdbc:sqlite:<file>, jdbc:postgresql://<host>/<database>, a file path, or"
              + " memory");
    }
    return sqlite(Path.of(value));
  }

  /** The SQLite file, for a SQLite location. */
  public Optional<Path> sqliteFile() {
    return kind == Kind.SQLITE ? Optional.of(Path.of(target)) : Optional.empty();
  }

  /** The PostgreSQL JDBC URL (with any credentials), for a PostgreSQL location. */
  public Optional<String> postgresUrl() {
    return kind == Kind.POSTGRESQL ? Optional.of(target) : Optional.empty();
  }

  /** The location as it may be shown: passwords are masked. */
  @Override
  public String toString() {
    return switch (kind) {
      case MEMORY -> "memory";
      case SQLITE -> "sqlite:" + target;
      case POSTGRESQL -> PostgresUrl.masked(target);
    };
  }
}
