package org.probationinspections.cli.endtoend;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A test of the command line on a SQLite file of its own, in a folder deleted afterwards. */
abstract class CommandLineTest {

  @TempDir Path dir;

  /** The test's database, as the commands' {@code --db} option names it. */
  String db() {
    return dir.resolve("inspections.db").toString();
  }

  /** Runs {@code inspections args…} in this JVM. */
  static CommandRun run(String... args) {
    return CommandRun.of(args);
  }
}
