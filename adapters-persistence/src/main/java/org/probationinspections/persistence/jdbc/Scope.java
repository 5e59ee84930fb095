package org.probationinspections.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Which aggregates a load reads, as constant SQL fragments: {@code where} picks the aggregates' own
 * rows ({@code <where>} in a query), {@code children} the rows of their child tables ({@code
 * <children>}). The value they compare with is always bound, as {@code :key}.
 */
public record Scope(String where, String children, Consumer<Query> values) {

  /** Every aggregate. */
  public static final Scope ALL = new Scope("", "");

  /** A scope whose fragments compare with the key alone. */
  public Scope(String where, String children) {
    this(where, children, query -> {});
  }

  /**
   * A page of the aggregates of {@code table}: those {@code condition} keeps (on the table's own
   * columns, a keyset condition included), in {@code order}, at most {@code :limit} of them; and
   * their children by their key column ({@code parentKey}). {@code values} binds what the condition
   * compares with, and the limit.
   */
  public static Scope page(
      String table, String parentKey, String condition, String order, Consumer<Query> values) {
    String ids =
        "SELECT id FROM " + table + " WHERE " + condition + " ORDER BY " + order + " LIMIT :limit";
    return new Scope(
        "WHERE id IN (" + ids + ")", "WHERE " + parentKey + " IN (" + ids + ")", values);
  }

  /**
   * One aggregate by its id; its children by their own key column ({@code parentKey}), not by a
   * sub-select over the aggregates, which made PostgreSQL scan whole child tables.
   */
  public static Scope byId(String parentKey) {
    return new Scope("WHERE id = :key", "WHERE " + parentKey + " = :key");
  }

  /** The aggregates of {@code table} whose {@code column} is the key, and their children. */
  public static Scope by(String table, String column, String parentKey) {
    String where = "WHERE " + column + " = :key";
    return new Scope(
        where, "WHERE " + parentKey + " IN (SELECT id FROM " + table + " " + where + ")");
  }

  /**
   * The aggregates with these ids (at most a few hundred: each is a bound value) and their children
   * by their key column ({@code parentKey}).
   */
  public static Scope ids(String parentKey, List<String> ids) {
    StringBuilder list = new StringBuilder();
    for (int at = 0; at < ids.size(); at++) {
      list.append(at == 0 ? ":id" : ", :id").append(at);
    }
    String in = ids.isEmpty() ? " IN (NULL)" : " IN (" + list + ")";
    return new Scope(
        "WHERE id" + in,
        "WHERE " + parentKey + in,
        query -> {
          for (int at = 0; at < ids.size(); at++) {
            query.bind("id" + at, ids.get(at));
          }
        });
  }

  /** The aggregates a WHERE fragment picks, for a load that reads no child table by scope. */
  public static Scope where(String where) {
    return new Scope(where, "");
  }

  /** This scope's reads on a handle, with the key. */
  public Reader in(Handle handle, String key) {
    return new Reader(this, handle, key);
  }

  /**
   * The parent of a child table's rows: the columns that name it (joined as by {@link Rows#key}),
   * and the order of the rows ({@code ORDER BY} columns).
   */
  public record Parent(List<String> columns, String order) {

    public static Parent of(String order, String... columns) {
      return new Parent(List.of(columns), order);
    }

    String key(ResultSet row) throws SQLException {
      String[] parts = new String[columns.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = row.getString(columns.get(i));
      }
      return Rows.key(parts);
    }
  }

  /** The reads of one scope with one key on one handle. */
  public record Reader(Scope scope, Handle handle, String key) {

    /** A query with the scope's fragments defined and the key bound. */
    public Query query(String sql) {
      Query query =
          handle
              .createQuery(sql)
              .define("children", scope.children)
              .define("where", scope.where)
              .bind("key", key);
      scope.values.accept(query);
      return query;
    }

    /**
     * The rows of one child table in scope ({@code select} names its columns and table), in the
     * parent's order, grouped by the parent each belongs to.
     */
    public <T> Map<String, List<T>> children(String select, Parent parent, RowMapper<T> child) {
      return Rows.grouped(
          query("SELECT " + select + " <children> ORDER BY " + parent.order()),
          (row, context) -> parent.key(row),
          child);
    }
  }
}
