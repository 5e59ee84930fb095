package org.probationinspections.persistence.jdbc;

import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.probationinspections.persistence.StaleCopies;

/**
 * The tables of the versioned aggregates, and the save of one aggregate's row with its optimistic
 * lock. A save made from a stale copy is refused ({@link StaleCopies}).
 */
enum Versions {
  INSPECTIONS("inspections", "Inspection"),
  REVIEWS("reviews", "Regional review"),
  ACTION_PLANS("action_plans", "Action plan"),
  USERS("users", "User");

  private final String table;

  /** What a refusal calls a record of the table. */
  private final String what;

  Versions(String table, String what) {
    this.table = table;
    this.what = what;
  }

  /** The table of the aggregates' own rows, with their {@code id} and {@code version}. */
  String table() {
    return table;
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
  long save(
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
