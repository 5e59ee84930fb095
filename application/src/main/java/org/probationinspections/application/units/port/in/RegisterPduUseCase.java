package org.probationinspections.application.units.port.in;

import java.util.List;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.unit.PduId;

/** Registers a PDU in a region, with the other names documents give it. */
public interface RegisterPduUseCase {

  PduId register(Command command);

  /** The region by name, the PDU's canonical name, and its aliases. */
  record Command(String region, String name, List<String> aliases) {
    public Command {
      region = Require.text("region", region);
      name = Require.text("name", name);
      aliases = Require.entries("aliases", aliases);
    }
  }
}
