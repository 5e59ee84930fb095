package org.probationinspections.application.flag;

import org.probationinspections.application.flag.port.in.ListFlagsUseCase;
import org.probationinspections.application.flag.port.in.ResolveFlagUseCase;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.shared.Ports;

/** Builds the flag use cases from the ports. */
public record FlagServices(Ports ports, CurrentActor actor) {

  public ListFlagsUseCase listFlags() {
    return new ListFlagsService(ports.flags(), ports.unitOfWork());
  }

  public ResolveFlagUseCase resolveFlag() {
    var service = new ResolveFlagService(ports.flags(), ports.clock(), actor);
    return command -> ports.unitOfWork().inTransaction(() -> service.resolve(command));
  }
}
