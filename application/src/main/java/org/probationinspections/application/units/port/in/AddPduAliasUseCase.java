package org.probationinspections.application.units.port.in;

import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.unit.PduId;

/** Teaches the product another name for a PDU, so that documents using it are reconciled. */
public interface AddPduAliasUseCase {

  void addAlias(Command command);

  record Command(PduId pdu, String alias) {
    public Command {
      Require.present("pdu", pdu);
      alias = Require.text("alias", alias);
    }
  }
}
