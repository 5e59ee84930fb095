package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL a join compares under the collation of its columns, and an index serves only the
 * comparisons of its own collation: a foreign key whose column is collated apart from the id it
 * refers to makes every join along it read the whole child table. Every foreign key of the migrated
 * schema refers across one collation.
 */
class PostgresCollationTest {

  private static final String MISMATCHED =
      "SELECT c.conrelid::regclass || '.' || a.attname || ' -> ' || c.confrelid::regclass || '.'"
          + " || fa.attname FROM pg_constraint c"
          + " JOIN LATERAL unnest(c.conkey, c.confkey) AS k(ck, fk) ON true"
          + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.ck"
          + " JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = k.fk"
          + " WHERE c.contype = 'f' AND a.attcollation <> fa.attcollation ORDER BY 1";

  @Test
  void everyForeignKeyColumn_hasTheCollationOfTheIdItRefersTo() throws Exception {
    String url = EmbeddedPostgresServer.freshDatabaseUrl();
    try (Store store = Store.open(StoreLocation.parse(url))) {
      // Opening the store migrates it.
    }
    List<String> mismatched = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(MISMATCHED)) {
      while (rows.next()) {
        mismatched.add(rows.getString(1));
      }
    }
    assertEquals(List.of(), mismatched);
  }
}
