package org.probationinspections.cli.endtoend;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.Main;

/** A command line run in this JVM: its exit status and everything it printed. */
record CommandRun(int status, String output) {

  /**
   * Imports the three seed documents into the database {@code db}, named in the order plan, letter,
   * report, which the import puts right.
   */
  static CommandRun importSeeds(String db) {
    return of(
        "import",
        "--db",
        db,
        Seeds.path(Seeds.PLAN).toString(),
        Seeds.path(Seeds.LETTER).toString(),
        Seeds.path(Seeds.REPORT).toString());
  }

  /** Runs {@code inspections args…}, capturing stdout and stderr together. */
  static CommandRun of(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      int status = Main.run(args);
      return new CommandRun(status, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
