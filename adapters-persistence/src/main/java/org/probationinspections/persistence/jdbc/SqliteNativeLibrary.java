package org.probationinspections.persistence.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The SQLite driver's native library for this platform, copied out of the jar once into a folder
 * beside it. A JVM started with {@code -Dorg.sqlite.lib.path=FOLDER} loads it from there; without
 * it, the driver copies the library (about 1 MB) to the temporary folder under a new name on every
 * start and compares the copy with the jar's byte by byte, a tenth of a second or more of a start.
 * The driver falls back to that when the folder holds no library.
 */
public final class SqliteNativeLibrary {

  private SqliteNativeLibrary() {}

  /** Copies the library into {@code folder}; empty when the jar has none for this platform. */
  public static Optional<Path> copyTo(Path folder) {
    String name = LibraryLoaderUtil.getNativeLibName();
    String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
    try (InputStream library = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
      if (library == null) {
        return Optional.empty();
      }
      Files.createDirectories(folder);
      Path copying = Files.createTempFile(folder, name, ".tmp");
      Files.copy(library, copying, StandardCopyOption.REPLACE_EXISTING);
      Path copied = folder.resolve(name);
      Files.move(copying, copied, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(copied);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the SQLite library into " + folder, e);
    }
  }
}
