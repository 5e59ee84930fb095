package org.probationinspections.persistence.jdbc;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.probationinspections.persistence.StaleCopies;

/**
 * The tables of the versioned aggregates, and the save of one aggregate's row with its optimistic
 * lock. A save made from a stale copy is refused ({@link StaleCopies}).
 */
public enum Versions {
  INSPECTIONS("inspections", "Inspection", "inspection_id"),
  REVIEWS("reviews", "Regional review", "review_id"),
  ACTION_PLANS("action_plans", "Action plan", "plan_id"),
  USERS("users", "User", "user_id");

  private final String table;

  /** What a refusal calls a record of the table. */
  private final String what;

  /** The column of the child tables' rows that holds their aggregate's id. */
  private final String parentKey;

  /** One aggregate and its children, by the aggregate's id. */
  private final Scope byId;

  Versions(String table, String what, String parentKey) {
    this.table = table;
    this.what = what;
    this.parentKey = parentKey;
    this.byId = Scope.byId(parentKey);
  }

  /** The table of the aggregates' own rows, with their {@code id} and {@code version}. */
  public String table() {
    return table;
  }

  /** One aggregate and its children, by the aggregate's id. */
  public Scope byId() {
    return byId;
  }

  /** The aggregates whose {@code column} is the key, and their children. */
  public Scope by(String column) {
    return Scope.by(table, column, parentKey);
  }

  /**
   * Writes one aggregate's row at the next version: {@code insert} when the copy is new (read
   * version 0; an {@code INSERT … ON CONFLICT DO NOTHING} writes nothing over a stored row), else
   * {@code update}, which must write only the row still at {@code :read}. Binds {@code :id}, {@code
   * :read} and {@code :next}, and what {@code columns} binds. When no row was written the copy was
   * stale: the refusal names the record as {@code shownAs} and the stored version.
   *
   * @return the version written
   */
  public long save(
      Handle handle,
      String id,
      String shownAs,
      long read,
      String insert,
      String update,
      Consumer<Update> columns) {
    long next = read + 1;
    Update statement =
        handle
            .createUpdate(read == 0 ? insert : update)
            .bind("id", id)
            .bind("read", read)
            .bind("next", next);
    columns.accept(statement);
    if (statement.execute() == 0) {
      long stored =
          handle
              .createQuery("SELECT version FROM " + table + " WHERE id = :id")
              .bind("id", id)
              .mapTo(Long.class)
              .findOne()
              .orElse(0L);
      throw StaleCopies.refusal(what, shownAs, read, stored);
    }
    return next;
  }
}
