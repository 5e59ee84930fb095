package org.probationinspections.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  private final List<Path> files =
      IntStream.rangeClosed(1, 6).mapToObj(n -> Path.of("file-" + n + ".txt")).toList();

  @Test
  void filesComeInTheirOrder_readOnAnotherThread() throws Exception {
    List<String> readers = new CopyOnWriteArrayList<>();
    List<String> taken = new ArrayList<>();
    try (ReadAhead<String> reads =
        new ReadAhead<>(
            files,
            file -> {
              readers.add(Thread.currentThread().getName());
              return file.toString();
            },
            2)) {
      for (int i = 0; i < files.size(); i++) {
        taken.add(reads.next());
      }
    }

    assertEquals(files.stream().map(Path::toString).toList(), taken);
    assertTrue(readers.stream().allMatch("import-read-ahead"::equals), readers.toString());
    assertNotEquals("import-read-ahead", Thread.currentThread().getName());
  }

  @Test
  void noMoreThanTheWindowIsReadBeforeTheFirstIsTaken() throws Exception {
    List<Path> read = new CopyOnWriteArrayList<>();
    CountDownLatch windowRead = new CountDownLatch(2);
    try (ReadAhead<Path> reads =
        new ReadAhead<>(
            files,
            file -> {
              read.add(file);
              windowRead.countDown();
              return file;
            },
            2)) {
      assertTrue(windowRead.await(10, TimeUnit.SECONDS));
      Thread.sleep(100); // time for a third read, which must not happen
      assertEquals(files.subList(0, 2), read);

      assertEquals(files.get(0), reads.next());
    }
  }

  @Test
  void aFileThatCannotBeRead_throwsAtItsTurn_andTheOthersStillCome() throws Exception {
    try (ReadAhead<String> reads =
        new ReadAhead<>(
            files,
            file -> {
              if (file.equals(files.get(1))) {
                throw new IOException("permission denied");
              }
              return file.toString();
            },
            3)) {
      assertEquals("file-1.txt", reads.next());
      IOException refused = assertThrows(IOException.class, reads::next);
      assertEquals("permission denied", refused.getMessage());
      assertEquals("file-3.txt", reads.next());
    }
  }

  @Test
  void aFailureOfTheReaderItself_isRethrownAsItIs() throws Exception {
    try (ReadAhead<String> reads =
        new ReadAhead<>(
            files,
            file -> {
              throw new IllegalArgumentException("not a document: " + file);
            },
            1)) {
      var failure = assertThrows(IllegalArgumentException.class, reads::next);
      assertEquals("not a document: file-1.txt", failure.getMessage());
    }
  }
}
