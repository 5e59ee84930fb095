package org.probationinspections.domain.framework;

import org.probationinspections.domain.common.Require;

/** The identifier of a rating framework, such as {@code hmip-probation-pdu-2021}. */
public record FrameworkId(String value) {

  public FrameworkId {
    value = Require.text("framework", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
