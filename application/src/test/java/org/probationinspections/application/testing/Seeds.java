package org.probationinspections.application.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The published seed documents, found through the {@code inspections.seeds} system property that
 * the build sets. Missing seeds fail the build on CI and skip the test on a developer's machine.
 */
public final class Seeds {

  public static final String REPORT = "cheshire-west-pdu-report-2023.txt";
  public static final String LETTER = "north-west-regional-letter-2023.txt";
  public static final String PLAN = "north-west-action-plan-2023.txt";

  private Seeds() {}

  public static Path path(String fileName) {
    String directory = System.getProperty("inspections.seeds");
    Path file = directory == null ? null : Path.of(directory).resolve(fileName);
    if (file == null || !Files.isRegularFile(file)) {
      String message =
          "seed document "
              + fileName
              + " not found: set the system property inspections.seeds to the seeds directory"
              + " (was "
              + directory
              + ")";
      if (System.getenv("CI") != null) {
        fail(message);
      }
      Assumptions.assumeTrue(false, message);
    }
    return file;
  }

  public static String text(String fileName) {
    try {
      return Files.readString(path(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
