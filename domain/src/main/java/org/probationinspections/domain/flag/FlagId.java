package org.probationinspections.domain.flag;

import java.util.UUID;
import org.probationinspections.domain.common.Require;

/** Identifies a flag. */
public record FlagId(String value) {

  public FlagId {
    value = Require.text("flagId", value);
  }

  public static FlagId newId() {
    return new FlagId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
