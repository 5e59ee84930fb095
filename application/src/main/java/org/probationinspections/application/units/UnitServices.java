package org.probationinspections.application.units;

import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.units.port.in.AddPduAliasUseCase;
import org.probationinspections.application.units.port.in.GetPduUseCase;
import org.probationinspections.application.units.port.in.GetRegionUseCase;
import org.probationinspections.application.units.port.in.ListPdusUseCase;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;

/** Builds the use cases of regions and PDUs from the ports. */
public record UnitServices(Ports ports) {

  private Directory directory() {
    return Directory.of(ports);
  }

  public RegisterRegionUseCase registerRegion() {
    var service = new RegisterRegionService(ports.regions());
    return command -> ports.unitOfWork().inTransaction(() -> service.register(command));
  }

  public RegisterPduUseCase registerPdu() {
    var service = new RegisterPduService(directory());
    return command -> ports.unitOfWork().inTransaction(() -> service.register(command));
  }

  public AddPduAliasUseCase addPduAlias() {
    return new AddPduAliasService(directory(), ports.unitOfWork());
  }

  public ListRegionsUseCase listRegions() {
    return new ListRegionsService(ports.regions(), ports.pdus());
  }

  public ListPdusUseCase listPdus() {
    return new ListPdusService(directory(), ports.unitOfWork());
  }

  public GetPduUseCase getPdu() {
    return new GetPduService(directory(), ports.unitOfWork());
  }

  public GetRegionUseCase getRegion() {
    return new GetRegionService(ports.regions(), ports.pdus(), ports.unitOfWork());
  }
}
