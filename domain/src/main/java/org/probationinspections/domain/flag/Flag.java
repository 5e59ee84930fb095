package org.probationinspections.domain.flag;

import java.time.Instant;
import java.util.Optional;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.Require;

/**
 * A value an import guessed, repaired or left unknown, on the record it went into: the file and
 * line of the document it comes from and the reason in plain words, open until a person confirms or
 * corrects it.
 */
public record Flag(
    FlagId id,
    FlaggedRecord record,
    String file,
    int line,
    String reason,
    Instant raisedAt,
    Optional<Resolution> resolution) {

  public Flag {
    Require.present("id", id);
    Require.present("record", record);
    file = Require.text("file", file);
    Require.positive("line", line);
    reason = Require.text("reason", reason);
    Require.present("raisedAt", raisedAt);
    Require.present("resolution", resolution);
  }

  /** A new open flag. */
  public static Flag raise(
      FlaggedRecord record, String file, int line, String reason, Instant raisedAt) {
    return new Flag(FlagId.newId(), record, file, line, reason, raisedAt, Optional.empty());
  }

  public boolean isOpen() {
    return resolution.isEmpty();
  }

  /** The flag resolved; a flag is resolved once. */
  public Flag resolve(Resolution decided) {
    Require.present("resolution", decided);
    if (resolution.isPresent()) {
      throw new ConflictException(
          "this flag was already "
              + resolution.get().outcome().words()
              + " by "
              + resolution.get().by()
              + " on "
              + resolution.get().at());
    }
    return new Flag(id, record, file, line, reason, raisedAt, Optional.of(decided));
  }

  /** "report.txt:107". */
  public String where() {
    return file + ":" + line;
  }
}
