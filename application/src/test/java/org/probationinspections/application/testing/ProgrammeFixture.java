package org.probationinspections.application.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSON file in the interchange shape that mimics the programmes since October 2023: a region
 * inspected in its own right under the regional framework (the inspection {@link #REGIONAL}, with
 * an action plan answering it) and a dynamic inspection of a region ({@link #DYNAMIC}: a judgement
 * in words, no rating). Its ratings and texts are made up for the tests, not published ones.
 */
public final class ProgrammeFixture {

  public static final String FILE = "regional-and-dynamic.json";
  public static final String REGIONAL = "fixture-kss-region-2024";
  public static final String DYNAMIC = "fixture-nw-dynamic-2025";

  private ProgrammeFixture() {}

  public static byte[] bytes() {
    try (InputStream in = ProgrammeFixture.class.getResourceAsStream("/programmes/" + FILE)) {
      if (in == null) {
        throw new IllegalStateException("programmes/" + FILE + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The fixture written into {@code dir}, for a command that reads files. */
  public static Path writtenTo(Path dir) {
    try {
      return Files.write(dir.resolve(FILE), bytes());
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }
}
