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
              + " (default: $INSPECTIONS_DB, else data/inspections.db in $INSPECTIONS_HOME,"
              + " which the launcher sets to its own folder)")
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

  /**
   * The database named by {@code --db}; else by {@code INSPECTIONS_DB}; else {@code
   * data/inspections.db} in the installation's folder ({@code INSPECTIONS_HOME}, set by the
   * launcher), so that a command run from another folder finds the same database instead of
   * creating an empty one there. A database not named on the command line is said on stderr.
   */
  StoreLocation location() {
    if (db != null && !db.isBlank()) {
      return StoreLocation.parse(db);
    }
    String fromEnvironment = System.getenv("INSPECTIONS_DB");
    StoreLocation chosen;
    String why;
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      chosen = StoreLocation.parse(fromEnvironment);
      why = "from INSPECTIONS_DB";
    } else {
      String home = System.getenv("INSPECTIONS_HOME");
      chosen =
          home == null || home.isBlank()
              ? StoreLocation.defaultLocation()
              : StoreLocation.sqlite(Path.of(home, "data", "inspections.db"));
      why = "the default; --db chooses another";
    }
    if (!announced) {
      System.err.println(
          "Database: "
              + (chosen.kind() == StoreLocation.Kind.SQLITE
                  ? Path.of(chosen.target()).toAbsolutePath().normalize().toString()
                  : chosen.toString())
              + " ("
              + why
              + ")");
      announced = true;
    }
    return chosen;
  }

  private boolean announced;

  InspectionsComponent open() {
    return Wiring.open(location(), frameworkDirectories, WebSettings.defaults(), themeDirectories);
  }

  /** A command's work over the opened database: its exit status. */
  @FunctionalInterface
  interface Work {
    int on(InspectionsComponent component) throws Exception;
  }

  /** Opens the database, does {@code work} over it and closes it, whatever happened. */
  int run(Work work) throws Exception {
    var component = open();
    try {
      return work.on(component);
    } finally {
      component.store().close();
    }
  }

  /** What the user commands do, over today's records of the database. */
  UserAdministration userAdministration() {
    return open().useCases().today().userAdministration();
  }
}
