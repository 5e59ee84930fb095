package org.probationinspections.domain.unit;

import java.util.UUID;
import org.probationinspections.domain.common.Require;

/** Identifies a region. */
public record RegionId(String value) {

  public RegionId {
    value = Require.text("regionId", value);
  }

  public static RegionId newId() {
    return new RegionId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
