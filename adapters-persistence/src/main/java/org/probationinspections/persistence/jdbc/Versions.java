package org.probationinspections.persistence.jdbc;

import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.probationinspections.domain.common.ConflictException;

/** The refusal of a save made from a stale copy, worded as the in-memory adapter words it. */
final class Versions {

  private static final Set<String> VERSIONED =
      Set.of("inspections", "reviews", "action_plans", "users");

  private Versions() {}

  /**
   * After an {@code INSERT … ON CONFLICT DO NOTHING} or {@code UPDATE … WHERE version = :read}:
   * when no row was written, the copy was stale; the refusal names the stored version.
   */
  static void requireWritten(
      Handle handle, int written, String table, String id, String what, String shownAs, long read) {
    if (written > 0) {
      return;
    }
    if (!VERSIONED.contains(table)) {
      throw new IllegalArgumentException("not a versioned table: " + table);
    }
    long stored =
        handle
            .createQuery("SELECT version FROM " + table + " WHERE id = :id")
            .bind("id", id)
            .mapTo(Long.class)
            .findOne()
            .orElse(0L);
    throw conflict(what, shownAs, read, stored);
  }

  static ConflictException conflict(String what, String id, long read, long stored) {
    return new ConflictException(
        what
            + " "
            + id
            + " was changed by someone else since it was read (read version "
            + read
            + ", stored version "
            + stored
            + "): reload it and apply the change again");
  }
}
