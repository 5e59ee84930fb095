package org.probationinspections.application.units.port.in;

import java.util.Optional;

/** One PDU, found by its id or by one of its names, without listing the others. */
public interface GetPduUseCase {

  /** The PDU with this id; empty when there is none. */
  Optional<PduView> byId(String id);

  /** The PDU with this name or alias, compared as the store compares names; empty when none. */
  Optional<PduView> byName(String name);
}
