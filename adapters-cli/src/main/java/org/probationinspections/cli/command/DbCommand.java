package org.probationinspections.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.probationinspections.persistence.DatabaseAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Database upkeep: migrate, check, back up. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Database upkeep.",
    subcommands = {DbCommand.Migrate.class, DbCommand.Check.class, DbCommand.Backup.class})
final class DbCommand implements Runnable {

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this), "say which: migrate, check or backup FILE");
  }

  @Command(
      name = "migrate",
      mixinStandardHelpOptions = true,
      description = "Apply pending schema migrations.")
  static final class Migrate implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      var applied = new DatabaseAdmin(database.location()).migrate();
      System.out.println(
          applied.isEmpty()
              ? "The schema is up to date."
              : "Applied " + applied.size() + " migration(s): " + applied);
      return 0;
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = "Run the database's integrity check and count the rows of each table.")
  static final class Check implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      DatabaseAdmin.CheckResult result = new DatabaseAdmin(database.location()).check();
      System.out.printf("%-28s %8s%n", "table", "rows");
      new java.util.TreeMap<>(result.rowCounts())
          .forEach((table, rows) -> System.out.printf("%-28s %8d%n", table, rows));
      if (result.isHealthy()) {
        System.out.println("Integrity check: ok");
        return 0;
      }
      result.problems().forEach(problem -> System.err.println("problem: " + problem));
      return 1;
    }
  }

  @Command(
      name = "backup",
      mixinStandardHelpOptions = true,
      description = "Write a consistent copy of the database, safe while the server runs.")
  static final class Backup implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Parameters(paramLabel = "FILE", description = "Where to write the copy")
    Path target;

    @Override
    public Integer call() {
      if (java.nio.file.Files.exists(target)) {
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
}
