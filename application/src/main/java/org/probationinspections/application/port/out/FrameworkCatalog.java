package org.probationinspections.application.port.out;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;

/** The rating frameworks the product knows, read from their data files. */
public interface FrameworkCatalog {

  Optional<Framework> find(FrameworkId id);

  List<Framework> all();
}
