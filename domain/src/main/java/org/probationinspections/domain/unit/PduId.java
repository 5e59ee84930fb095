package org.probationinspections.domain.unit;

import java.util.UUID;
import org.probationinspections.domain.common.Require;

/** Identifies a Probation Delivery Unit. */
public record PduId(String value) {

  public PduId {
    value = Require.text("pduId", value);
  }

  public static PduId newId() {
    return new PduId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
