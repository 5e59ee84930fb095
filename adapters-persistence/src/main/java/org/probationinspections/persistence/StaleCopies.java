package org.probationinspections.persistence;

import org.probationinspections.domain.common.ConflictException;

/** The refusal of a save made from a stale copy, worded alike by every adapter. */
public final class StaleCopies {

  private StaleCopies() {}

  /**
   * The refusal of a save of {@code what} {@code shownAs}, read at one version, stored at another.
   */
  public static ConflictException refusal(String what, String shownAs, long read, long stored) {
    return new ConflictException(
        what
            + " "
            + shownAs
            + " was changed by someone else since it was read (read version "
            + read
            + ", stored version "
            + stored
            + "): reload it and apply the change again");
  }
}
