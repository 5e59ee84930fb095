package org.probationinspections.application.flag.port.in;

import java.util.Optional;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.flag.FlagId;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.flag.Resolution;

/**
 * A person confirms a flag's guess or says it was corrected, with a note; the flag is then closed,
 * and the audit trail says who did it and when.
 */
public interface ResolveFlagUseCase {

  FlagView resolve(Command command);

  /**
   * {@code on}: the record the flag is resolved from (its page), when there is one; a flag of
   * another record is not found there.
   */
  record Command(FlagId flag, Resolution.Outcome outcome, String note, Optional<FlaggedRecord> on) {
    public Command {
      Require.present("flag", flag);
      Require.present("outcome", outcome);
      note = Require.withinLimit("note", Require.optionalText(note));
      Require.present("on", on);
    }

    /** Resolving a flag by its id alone. */
    public Command(FlagId flag, Resolution.Outcome outcome, String note) {
      this(flag, outcome, note, Optional.empty());
    }
  }
}
