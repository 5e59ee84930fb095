package org.probationinspections.application.units.port.in;

import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.unit.RegionId;

/** Registers a probation region. */
public interface RegisterRegionUseCase {

  RegionId register(Command command);

  /** The region's name, such as "North West". */
  record Command(String name) {
    public Command {
      name = Require.text("name", name);
    }
  }
}
