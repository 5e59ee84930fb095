package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The published seed documents in {@code ../shared/seeds}: required in CI, where a missing file
 * fails the test; elsewhere a missing folder skips it with the reason.
 */
final class Seeds {

  static final String REPORT = "cheshire-west-pdu-report-2023.txt";
  static final String LETTER = "north-west-regional-letter-2023.txt";
  static final String PLAN = "north-west-action-plan-2023.txt";

  private Seeds() {}

  static Path file(String name) {
    String folder = System.getProperty("inspections.seeds", "../shared/seeds");
    Path path = Path.of(folder).resolve(name).toAbsolutePath().normalize();
    if (!Files.isRegularFile(path)) {
      String message =
          "seed document " + path + " is missing (the shared folder sits beside the project)";
      if (System.getenv("CI") != null) {
        fail(message);
      }
      Assumptions.assumeTrue(false, message);
    }
    return path;
  }
}
