package org.probationinspections.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.probationinspections.domain.common.InvalidValueException;

/**
 * The {@code *.json} data files of an extra directory (frameworks, themes), in the order of their
 * names, so that a later file replaces what an earlier one said the same way on every machine.
 */
public final class JsonFiles {

  private JsonFiles() {}

  /**
   * @param what what the directory holds, as a refusal names it when it is not a directory
   */
  public static List<Path> in(Path directory, String what) {
    if (!Files.isDirectory(directory)) {
      throw new InvalidValueException(what, directory + " is not a directory");
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> found =
          new ArrayList<>(files.filter(f -> f.toString().endsWith(".json")).toList());
      found.sort(null);
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }
}
