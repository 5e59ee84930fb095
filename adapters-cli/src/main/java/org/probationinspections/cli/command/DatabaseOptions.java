package org.probationinspections.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.web.security.WebSettings;
import picocli.CommandLine.Option;

/** The options every command that opens the database shares. */
final class DatabaseOptions {

  @Option(
      names = "--db",
      paramLabel = "DB",
      description =
          "SQLite file, jdbc:sqlite:…, jdbc:postgresql://… or 'memory'"
              + " (default: $INSPECTIONS_DB, else ./data/inspections.db)")
  String db;

  @Option(
      names = "--frameworks",
      paramLabel = "DIR",
      description = "A directory of extra rating-framework files (*.json)")
  List<Path> frameworkDirectories = new ArrayList<>();

  @Option(
      names = "--themes",
      paramLabel = "DIR",
      description =
          "A directory of theme files (*.json) whose themes replace or add to the shipped ones")
  List<Path> themeDirectories = new ArrayList<>();

  StoreLocation location() {
    if (db != null && !db.isBlank()) {
      return StoreLocation.parse(db);
    }
    String fromEnvironment = System.getenv("INSPECTIONS_DB");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return StoreLocation.parse(fromEnvironment);
    }
    return StoreLocation.defaultLocation();
  }

  InspectionsComponent open() {
    return Wiring.open(location(), frameworkDirectories, WebSettings.defaults(), themeDirectories);
  }
}
