package org.probationinspections.application.units.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.CursorPage;

/** The PDUs of one region (by name or id), or all of them. */
public interface ListPdusUseCase {

  List<PduView> list(Optional<String> region);

  /** A page of the same list, in the same order. */
  default CursorPage<PduView> page(Optional<String> region, CursorPage.Request page) {
    return CursorPage.slice(list(region), page);
  }
}
