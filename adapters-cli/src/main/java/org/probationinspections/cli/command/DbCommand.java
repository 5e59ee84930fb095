package org.probationinspections.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.probationinspections.persistence.DatabaseAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** Database upkeep: migrate, check, back up, each on the database {@code --db} names. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    description = "Database upkeep.")
final class DbCommand implements Runnable {

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this), "say which: migrate, check or backup FILE");
  }

  @Command(name = "migrate", description = "Apply pending schema migrations.")
  int migrate(@Mixin DatabaseOptions database) {
    var applied = new DatabaseAdmin(database.location()).migrate();
    System.out.println(
        applied.isEmpty()
            ? "The schema is up to date."
            : "Applied " + applied.size() + " migration(s): " + applied);
    return 0;
  }

  @Command(
      name = "check",
      description = "Run the database's integrity check and count the rows of each table.")
  int check(@Mixin DatabaseOptions database) {
    DatabaseAdmin.CheckResult result = new DatabaseAdmin(database.location()).check();
    System.out.printf("%-28s %8s%n", "table", "rows");
    new TreeMap<>(result.rowCounts())
        .forEach((table, rows) -> System.out.printf("%-28s %8d%n", table, rows));
    if (result.isHealthy()) {
      System.out.println("Integrity check: ok");
      return 0;
    }
    result.problems().forEach(problem -> System.err.println("problem: " + problem));
    return 1;
  }

  /** A backup never overwrites a file, and names none before it knows that it may write. */
  @Command(
      name = "backup",
      description = "Write a consistent copy of the database, safe while the server runs.")
  int backup(
      @Mixin DatabaseOptions database,
      @Parameters(paramLabel = "FILE", description = "Where to write the copy") Path target) {
    if (Files.exists(target)) {
      System.err.println(
          "inspections: "
              + target
              + " exists already: name a new file (a backup never overwrites one)");
      return 1;
    }
    Path written = new DatabaseAdmin(database.location()).backup(target);
    System.out.println("Backup written to " + written);
    return 0;
  }
}
