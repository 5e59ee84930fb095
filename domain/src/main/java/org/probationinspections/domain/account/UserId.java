package org.probationinspections.domain.account;

import java.util.UUID;
import org.probationinspections.domain.common.Require;

/** Identifies a user account. */
public record UserId(String value) {

  public UserId {
    value = Require.text("userId", value);
  }

  public static UserId newId() {
    return new UserId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
