package org.probationinspections.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {

  @TempDir Path folder;

  @Test
  void copyTo_leavesTheDriversLibraryUnderItsOwnName_andNothingElse() throws Exception {
    Path copied = SqliteNativeLibrary.copyTo(folder.resolve("native")).orElseThrow();

    assertEquals(folder.resolve("native").resolve(LibraryLoaderUtil.getNativeLibName()), copied);
    try (InputStream original =
        LibraryLoaderUtil.class.getResourceAsStream(
            LibraryLoaderUtil.getNativeLibResourcePath()
                + "/"
                + LibraryLoaderUtil.getNativeLibName())) {
      assertArrayEquals(original.readAllBytes(), Files.readAllBytes(copied));
    }
    try (Stream<Path> files = Files.list(folder.resolve("native"))) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }
}
