package org.probationinspections.application.flag.port.in;

import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.flag.FlagId;
import org.probationinspections.domain.flag.Resolution;

/**
 * A person confirms a flag's guess or says it was corrected, with a note; the flag is then closed,
 * and the audit trail says who did it and when.
 */
public interface ResolveFlagUseCase {

  FlagView resolve(Command command);

  record Command(FlagId flag, Resolution.Outcome outcome, String note) {
    public Command {
      Require.present("flag", flag);
      Require.present("outcome", outcome);
      note = Require.withinLimit("note", Require.optionalText(note));
    }
  }
}
