package org.probationinspections.domain.unit;

import org.probationinspections.domain.common.Require;

/** A probation region, such as North West. */
public record Region(RegionId id, String name) {

  public Region {
    Require.present("region.id", id);
    name = Require.text("region.name", name);
  }

  public boolean isNamed(String candidate) {
    return UnitName.key(name).equals(UnitName.key(candidate));
  }
}
