package org.probationinspections.cli.wiring;

import java.nio.file.Path;
import java.util.List;
import org.probationinspections.persistence.PersistenceModule;
import org.probationinspections.persistence.StoreLocation;

/** Builds the composition root for a command. */
public final class Wiring {

  private Wiring() {}

  public static InspectionsComponent open(StoreLocation location, List<Path> frameworkDirectories) {
    return open(location, frameworkDirectories, List.of());
  }

  public static InspectionsComponent open(
      StoreLocation location, List<Path> frameworkDirectories, List<Path> themeDirectories) {
    return DaggerInspectionsComponent.factory()
        .create(
            new PersistenceModule(location),
            new ApplicationModule(frameworkDirectories),
            new InsightModule(themeDirectories));
  }
}
