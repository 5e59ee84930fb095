package org.probationinspections.application.units;

import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;

/** Registers a PDU in an existing region; none of its names may belong to another PDU. */
record RegisterPduService(Directory directory) implements RegisterPduUseCase {

  @Override
  public PduId register(Command command) {
    var region = directory.region(command.region());
    Pdu pdu = new Pdu(PduId.newId(), region.id(), command.name(), command.aliases());
    // The store refuses a name that belongs to another PDU.
    directory.pdus().add(pdu);
    return pdu.id();
  }
}
