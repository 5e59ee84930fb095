package org.probationinspections.web.pages;

import java.util.Optional;
import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.flag.port.in.ResolveFlagUseCase;
import org.probationinspections.domain.flag.FlagId;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.flag.Resolution;
import org.probationinspections.web.Params;

/** The form beside each open flag of a record's page: confirm or corrected, with a note. */
final class FlagForms {

  private FlagForms() {}

  static FlagView resolve(
      ResolveFlagUseCase resolveFlag, String flag, Optional<FlaggedRecord> on, Form form) {
    return resolveFlag.resolve(
        new ResolveFlagUseCase.Command(
            new FlagId(flag),
            Params.choice("outcome", form.value("outcome"), Resolution.Outcome.class).orElse(null),
            form.value("note"),
            on));
  }
}
