package org.probationinspections.domain.inspection;

import java.util.UUID;
import org.probationinspections.domain.common.Require;

/** Identifies an inspection. */
public record InspectionId(String value) {

  public InspectionId {
    value = Require.text("inspectionId", value);
  }

  public static InspectionId newId() {
    return new InspectionId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
