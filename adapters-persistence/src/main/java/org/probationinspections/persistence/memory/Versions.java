package org.probationinspections.persistence.memory;

import java.util.Optional;
import org.probationinspections.domain.common.ConflictException;

/** The optimistic-locking check shared by the in-memory repositories. */
final class Versions {

  private Versions() {}

  static long next(String what, String id, long expected, Optional<Long> stored) {
    long current = stored.orElse(0L);
    if (current != expected) {
      throw new ConflictException(
          what
              + " "
              + id
              + " was changed by someone else since it was read (read version "
              + expected
              + ", stored version "
              + current
              + "): reload it and apply the change again");
    }
    return current + 1;
  }
}
