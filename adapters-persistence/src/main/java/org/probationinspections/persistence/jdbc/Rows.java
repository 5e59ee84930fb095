package org.probationinspections.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultSetScanner;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Helpers shared by the repositories: nullable columns, child rows grouped by parent, batches of
 * child rows.
 */
public final class Rows {

  private Rows() {}

  /**
   * Scans a query's result set and closes the query. Jdbi leaves a scanned query open until its
   * handle closes; closed here, its statement goes back to SQLite's statement cache at once instead
   * of being closed with the handle.
   */
  public static <T> T scanned(Query query, ResultSetScanner<T> scanner) {
    try (query) {
      return query.scanResultSet(scanner);
    }
  }

  public static OptionalInt optionalInt(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
  }

  public static Optional<String> optionalText(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }

  public static Integer orNull(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  /** Child rows in query order, grouped by the parent key that {@code key} reads from a row. */
  public static <T> Map<String, List<T>> grouped(
      Query query, RowMapper<String> key, RowMapper<T> child) {
    Map<String, List<T>> groups = new LinkedHashMap<>();
    query
        .map((row, context) -> Map.entry(key.map(row, context), child.map(row, context)))
        .forEach(
            entry ->
                groups
                    .computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                    .add(entry.getValue()));
    return groups;
  }

  /** The key of a child of a child: its parent's key columns joined. */
  public static String key(String... parts) {
    return String.join("\u0000", parts);
  }

  public static <T> List<T> of(Map<String, List<T>> groups, String key) {
    return groups.getOrDefault(key, List.of());
  }

  /**
   * Adds a row to the batch for each element, in order: the parent's {@code :id}, the element's
   * {@code :position} in the list, and what {@code columns} binds.
   */
  public static <T> void addInOrder(
      PreparedBatch batch, String id, List<T> elements, BiConsumer<T, PreparedBatch> columns) {
    for (int position = 0; position < elements.size(); position++) {
      batch.bind("id", id).bind("position", position);
      columns.accept(elements.get(position), batch);
      batch.add();
    }
  }

  /**
   * Writes an aggregate's texts (its notes), in order: {@code insert} takes the aggregate's {@code
   * :id}, each text's {@code :position} and the {@code :text}.
   */
  public static void insertTexts(Handle handle, String insert, String id, List<String> texts) {
    insertInOrder(handle, insert, id, texts, (text, row) -> row.bind("text", text));
  }

  /**
   * Inserts a row for each element, in order, in one batch: {@code insert} takes the parent's
   * {@code :id}, the element's {@code :position} and what {@code columns} binds.
   */
  public static <T> void insertInOrder(
      Handle handle,
      String insert,
      String id,
      List<T> elements,
      BiConsumer<T, PreparedBatch> columns) {
    PreparedBatch batch = handle.prepareBatch(insert);
    addInOrder(batch, id, elements, columns);
    execute(batch);
  }

  /** Sends a batch of rows, unless it has none. */
  public static void execute(PreparedBatch batch) {
    if (batch.size() > 0) {
      batch.execute();
    }
  }
}
