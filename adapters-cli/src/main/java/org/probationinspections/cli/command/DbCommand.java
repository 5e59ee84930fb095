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

  /** An upkeep subcommand: what it does to the database {@code --db} names. */
  abstract static class Upkeep implements Callable<Integer> {
    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      return run(new DatabaseAdmin(database.location()));
    }

    abstract int run(DatabaseAdmin admin);
  }

  @Command(
      name = "migrate",
      mixinStandardHelpOptions = true,
      description = "Apply pending schema migrations.")
  static final class Migrate extends Upkeep {

    @Override
    int run(DatabaseAdmin admin) {
      var applied = admin.migrate();
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
  static final class Check extends Upkeep {

    @Override
    int run(DatabaseAdmin admin) {
      DatabaseAdmin.CheckResult result = admin.check();
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
  static final class Backup extends Upkeep {

    @Parameters(paramLabel = "FILE", description = "Where to write the copy")
    Path target;

    /** A backup never overwrites a file, and names none before it knows that it may write. */
    @Override
    public Integer call() {
      if (java.nio.file.Files.exists(target)) {
        System.err.println(
            "inspections: "
                + target
                + " exists already: name a new file (a backup never overwrites one)");
        return 1;
      }
      return super.call();
    }

    @Override
    int run(DatabaseAdmin admin) {
      Path written = admin.backup(target);
      System.out.println("Backup written to " + written);
      return 0;
    }
  }
}
