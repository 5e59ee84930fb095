package org.probationinspections.persistence;

import org.probationinspections.persistence.jdbc.JdbcDatabase;

/** Connects to the database a location names. */
final class Databases {

  private Databases() {}

  static JdbcDatabase connect(StoreLocation location) {
    return switch (location.kind()) {
      case SQLITE -> JdbcDatabase.sqlite(location.sqliteFile().orElseThrow());
      case POSTGRESQL -> JdbcDatabase.postgresql(location.postgresUrl().orElseThrow());
      case MEMORY ->
          throw new IllegalArgumentException("the in-memory store has no database to connect to");
    };
  }
}
