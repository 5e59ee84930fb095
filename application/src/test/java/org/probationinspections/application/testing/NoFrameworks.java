package org.probationinspections.application.testing;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;

/** A catalogue of rating frameworks that holds none, for rules that rate nothing. */
public final class NoFrameworks implements FrameworkCatalog {

  @Override
  public Optional<Framework> find(FrameworkId id) {
    return Optional.empty();
  }

  @Override
  public List<Framework> all() {
    return List.of();
  }
}
