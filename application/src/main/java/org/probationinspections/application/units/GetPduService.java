package org.probationinspections.application.units;

import java.util.Optional;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.units.port.in.GetPduUseCase;
import org.probationinspections.application.units.port.in.PduView;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;

/** One PDU and its region's name, read in one read-only unit of work. */
record GetPduService(Directory directory, UnitOfWork unitOfWork) implements GetPduUseCase {

  @Override
  public Optional<PduView> byId(String id) {
    return unitOfWork.reading(() -> directory.pdus().findById(new PduId(id)).map(this::view));
  }

  @Override
  public Optional<PduView> byName(String name) {
    return unitOfWork.reading(() -> directory.pdus().findByName(name).map(this::view));
  }

  private PduView view(Pdu pdu) {
    return PduView.of(pdu, directory.region(pdu.regionId()).name());
  }
}
