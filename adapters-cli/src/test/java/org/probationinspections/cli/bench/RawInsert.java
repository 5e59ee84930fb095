package org.probationinspections.cli.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The limit for the import: the rows the import wrote, read back, deleted and inserted again with
 * plain JDBC batches into the same SQLite file, one transaction per document's share of every table
 * (as the import stores each document in its own transaction), no foreign-key checks.
 */
final class RawInsert {

  private RawInsert() {}

  /** Returns the seconds the insert took. */
  static double reinsert(Path file, int documents) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA synchronous = NORMAL");
        statement.execute("PRAGMA foreign_keys = OFF");
      }
      List<String> tables = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet result =
              statement.executeQuery(
                  "SELECT name FROM sqlite_master WHERE type = 'table'"
                      + " AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'flyway%'"
                      // The search index is the database's own work, done by triggers on the
                      // records' tables as the rows go in, here as in the product.
                      + " AND name NOT LIKE 'search%' ORDER BY rowid")) {
        while (result.next()) {
          tables.add(result.getString(1));
        }
      }
      List<List<Object[]>> rows = new ArrayList<>();
      List<String> inserts = new ArrayList<>();
      for (String table : tables) {
        List<Object[]> read = new ArrayList<>();
        try (Statement statement = connection.createStatement();
            ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData meta = result.getMetaData();
          int columns = meta.getColumnCount();
          List<String> names = new ArrayList<>();
          for (int c = 1; c <= columns; c++) {
            names.add(meta.getColumnName(c));
          }
          inserts.add(
              "INSERT INTO "
                  + table
                  + " ("
                  + String.join(", ", names)
                  + ") VALUES ("
                  + String.join(", ", Collections.nCopies(columns, "?"))
                  + ")");
          while (result.next()) {
            Object[] row = new Object[columns];
            for (int c = 0; c < columns; c++) {
              row[c] = result.getObject(c + 1);
            }
            read.add(row);
          }
        }
        rows.add(read);
      }
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (int t = tables.size() - 1; t >= 0; t--) {
          statement.execute("DELETE FROM " + tables.get(t));
        }
      }
      connection.commit();
      long started = System.nanoTime();
      for (int share = 0; share < documents; share++) {
        for (int t = 0; t < tables.size(); t++) {
          List<Object[]> all = rows.get(t);
          int from = (int) ((long) all.size() * share / documents);
          int to = (int) ((long) all.size() * (share + 1) / documents);
          if (from == to) {
            continue;
          }
          try (PreparedStatement insert = connection.prepareStatement(inserts.get(t))) {
            for (Object[] row : all.subList(from, to)) {
              for (int c = 0; c < row.length; c++) {
                insert.setObject(c + 1, row[c]);
              }
              insert.addBatch();
            }
            insert.executeBatch();
          }
        }
        connection.commit();
      }
      return (System.nanoTime() - started) / 1e9;
    }
  }
}
