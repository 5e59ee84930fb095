package org.probationinspections.domain.inspection;

import org.probationinspections.domain.common.Require;

/** The body a recommendation is addressed to: a PDU, a region or the national service. */
public record Addressee(AddresseeLevel level, String name) {

  public Addressee {
    Require.present("addressee.level", level);
    name = Require.text("addressee.name", name);
  }
}
