package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.application.testing.MovableClock;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.testing.StoreCore;
import org.probationinspections.persistence.Store;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.persistence.document.PublishedDocumentText;

/**
 * A SQLite file filled by the command line as a user fills it, then every use case over it, on a
 * day after all of it (2 March 2026, at noon).
 */
final class ImportedStore {

  private ImportedStore() {}

  /** The use cases over the SQLite file {@code db}. */
  static AllUseCases open(String db) {
    return new AllUseCases(
        StoreCore.core(
            Store.open(StoreLocation.sqlite(Path.of(db))),
            new MovableClock(LocalDate.of(2026, 3, 2), LocalTime.NOON),
            new PublishedDocumentText()));
  }

  /**
   * The seeds, then the real published record and {@code more} files in one import, into {@code
   * db}; what the import said is returned for the test to read.
   */
  static CommandRun seedsAndRecord(String db, Path... more) {
    CommandRun seeds = CommandRun.importSeeds(db);
    assertEquals(0, seeds.status(), seeds.output());
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "import",
                "--db",
                db,
                Seeds.besideTheSeeds("data", "published-outcomes.json").toString()));
    for (Path file : more) {
      arguments.add(file.toString());
    }
    CommandRun run = CommandRun.of(arguments.toArray(String[]::new));
    assertEquals(0, run.status(), run.output());
    return run;
  }
}
