package org.probationinspections.application.flag;

import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.flag.port.in.ResolveFlagUseCase;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.FlagRepository;
import org.probationinspections.domain.account.Permission;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.flag.Flag;
import org.probationinspections.domain.flag.Resolution;

/**
 * Resolves a flag in the name of whoever acts: the inspectorate, who imported the document. The
 * flag store it writes through is audited.
 */
record ResolveFlagService(FlagRepository flags, Clock clock, CurrentActor actor)
    implements ResolveFlagUseCase {

  @Override
  public FlagView resolve(Command command) {
    actor.actor().require(Permission.EDIT_INSPECTIONS);
    Flag flag =
        flags
            .findById(command.flag())
            .filter(found -> command.on().map(found.record()::equals).orElse(true))
            .orElseThrow(() -> new NotFoundException("flag", command.flag().value()));
    Flag resolved =
        flag.resolve(
            new Resolution(command.outcome(), command.note(), actor.actor().name(), clock.now()));
    flags.save(resolved);
    return FlagView.of(resolved);
  }
}
