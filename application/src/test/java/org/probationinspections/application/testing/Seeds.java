package org.probationinspections.application.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;

/**
 * The published seed documents, found through the {@code inspections.seeds} system property that
 * the build sets. Missing seeds fail the build on CI and skip the test on a developer's machine.
 */
public final class Seeds {

  public static final String REPORT = "cheshire-west-pdu-report-2023.txt";
  public static final String LETTER = "north-west-regional-letter-2023.txt";
  public static final String PLAN = "north-west-action-plan-2023.txt";

  private static final String PROPERTY = "inspections.seeds";

  private Seeds() {}

  public static Path path(String fileName) {
    return found(
        inTheSeeds(seeds -> seeds.resolve(fileName)),
        Files::isRegularFile,
        "seed document " + fileName);
  }

  /** The folder of the seed documents. */
  public static Path directory() {
    return found(inTheSeeds(seeds -> seeds), Files::isDirectory, "the seeds folder");
  }

  /** A file of the folder {@code folder} beside the seeds' own (the published outcomes' data). */
  public static Path besideTheSeeds(String folder, String fileName) {
    return found(
        inTheSeeds(seeds -> seeds.resolveSibling(folder).resolve(fileName)),
        Files::isRegularFile,
        folder + "/" + fileName + " beside the seeds");
  }

  public static String text(String fileName) {
    try {
      return Files.readString(path(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where {@code where} leads from the seeds folder; empty when the property is not set. */
  private static Optional<Path> inTheSeeds(UnaryOperator<Path> where) {
    return Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of).map(where);
  }

  /** The path when it is there; otherwise a failure on CI and a skipped test elsewhere. */
  private static Path found(Optional<Path> path, Predicate<Path> there, String what) {
    if (path.filter(there).isEmpty()) {
      String message =
          what
              + " not found: set the system property "
              + PROPERTY
              + " to the seeds directory (was "
              + System.getProperty(PROPERTY)
              + ")";
      if (System.getenv("CI") != null) {
        fail(message);
      }
      Assumptions.assumeTrue(false, message);
    }
    return path.orElseThrow();
  }
}
