package org.probationinspections.application.units.port.in;

import java.util.List;
import java.util.Optional;

/** The PDUs of one region (by name or id), or all of them. */
public interface ListPdusUseCase {

  List<PduView> list(Optional<String> region);
}
