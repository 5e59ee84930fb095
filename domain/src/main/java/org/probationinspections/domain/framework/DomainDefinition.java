package org.probationinspections.domain.framework;

import org.probationinspections.domain.common.Require;

/** A domain of a framework, such as "1 Organisational delivery". */
public record DomainDefinition(int number, String name) {

  public DomainDefinition {
    Require.positive("domain.number", number);
    name = Require.text("domain.name", name);
  }
}
