package org.probationinspections.application.flag.port.in;

import java.time.Instant;
import java.util.Optional;
import org.probationinspections.domain.flag.Flag;

/**
 * A flag as shown to a person: on which record (its kind in words and its id), where in which file,
 * why, and, once resolved, how, by whom and when.
 */
public record FlagView(
    String id,
    String recordKind,
    String recordId,
    String file,
    int line,
    String reason,
    Instant raisedAt,
    boolean open,
    Optional<String> resolution,
    Optional<String> note,
    Optional<String> resolvedBy,
    Optional<Instant> resolvedAt) {

  public static FlagView of(Flag flag) {
    return new FlagView(
        flag.id().value(),
        flag.record().kind().words(),
        flag.record().id(),
        flag.file(),
        flag.line(),
        flag.reason(),
        flag.raisedAt(),
        flag.isOpen(),
        flag.resolution().map(r -> r.outcome().words()),
        flag.resolution().map(r -> r.note()),
        flag.resolution().map(r -> r.by()),
        flag.resolution().map(r -> r.at()));
  }

  /** "report.txt:107". */
  public String where() {
    return file + ":" + line;
  }
}
