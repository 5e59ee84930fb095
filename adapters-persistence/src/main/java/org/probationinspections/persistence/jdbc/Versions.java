package org.probationinspections.persistence.jdbc;

import org.probationinspections.domain.common.ConflictException;

/** The refusal of a save made from a stale copy, worded as the in-memory adapter words it. */
final class Versions {

  private Versions() {}

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
