package org.probationinspections.cli.wiring;

import java.nio.file.Path;
import java.util.List;
import org.probationinspections.persistence.PersistenceModule;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.web.security.WebSettings;

/** Builds the composition root for a command. */
public final class Wiring {

  private Wiring() {}

  public static InspectionsComponent open(StoreLocation location, List<Path> frameworkDirectories) {
    return open(location, frameworkDirectories, WebSettings.defaults());
  }

  public static InspectionsComponent open(
      StoreLocation location, List<Path> frameworkDirectories, WebSettings webSettings) {
    return DaggerInspectionsComponent.factory()
        .create(
            new PersistenceModule(location),
            new ApplicationModule(frameworkDirectories),
            webSettings);
  }
}
