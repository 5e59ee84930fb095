package org.probationinspections.application.units;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.units.port.in.ListPdusUseCase;
import org.probationinspections.application.units.port.in.PduView;
import org.probationinspections.domain.unit.Pdu;

/** PDUs with their region's name. */
record ListPdusService(Directory directory) implements ListPdusUseCase {

  @Override
  public List<PduView> list(Optional<String> region) {
    Names names = new Names(directory);
    List<Pdu> pdus =
        region.isPresent()
            ? directory.pdus().findByRegion(directory.region(region.get()).id())
            : directory.pdus().findAll();
    return pdus.stream().map(pdu -> PduView.of(pdu, names.region(pdu.regionId()).name())).toList();
  }
}
