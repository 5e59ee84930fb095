package org.probationinspections.application.units;

import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.units.port.in.AddPduAliasUseCase;
import org.probationinspections.domain.unit.Pdu;

/** Adds an alias that no other PDU uses. */
record AddPduAliasService(Directory directory, UnitOfWork unitOfWork)
    implements AddPduAliasUseCase {

  @Override
  public void addAlias(Command command) {
    unitOfWork.inTransaction(
        () -> {
          Pdu pdu = directory.pdu(command.pdu()).withAlias(command.alias());
          // The store refuses a name that belongs to another PDU.
          directory.pdus().save(pdu);
          return pdu;
        });
  }
}
