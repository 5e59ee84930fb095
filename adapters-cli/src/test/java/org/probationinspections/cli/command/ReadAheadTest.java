package org.probationinspections.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {

  @TempDir Path folder;

  /** Reads the file's text; ranks "report" 0, "letter" 1, "plan" 2 by the text's first word. */
  private final List<String> readOn = new CopyOnWriteArrayList<>();

  private final ReadAhead.Ranker byFirstWord =
      (file, content) -> {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("plan") ? 2 : text.startsWith("letter") ? 1 : 0;
      };

  private final List<Path> read = new CopyOnWriteArrayList<>();

  private final ReadAhead.Reader<String> text =
      (file, content) -> {
        readOn.add(Thread.currentThread().getName());
        read.add(file);
        return new String(content, StandardCharsets.UTF_8);
      };

  @Test
  void filesComeInDependencyOrder_eachRankInTheOrderGiven_readOnAnotherThread() throws Exception {
    List<Path> files =
        List.of(
            file("plan A"),
            file("report 1"),
            file("letter X"),
            file("report 2"),
            file("plan B"),
            file("letter Y"),
            file("report 3"));

    List<String> taken = new ArrayList<>();
    try (ReadAhead<String> reads = new ReadAhead<>(files, byFirstWord, text, 2)) {
      for (int i = 0; i < files.size(); i++) {
        taken.add(reads.next().read());
      }
    }

    assertEquals(
        List.of("report 1", "report 2", "report 3", "letter X", "letter Y", "plan A", "plan B"),
        taken);
    assertTrue(readOn.stream().allMatch("import-read-ahead"::equals), readOn.toString());
  }

  @Test
  void noMoreThanTheWindowIsHeldRead_beforeTheFirstIsTaken() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      files.add(file("report " + i));
    }
    try (ReadAhead<String> reads = new ReadAhead<>(files, byFirstWord, text, 2)) {
      waitUntil(() -> read.size() >= 3);
      Thread.sleep(200); // time for more reads, which must not happen
      assertEquals(3, read.size(), "two in the queue and one waiting to enter it");

      assertEquals("report 0", reads.next().read());
    }
  }

  @Test
  void aFileThatMustWaitForOthers_isReadOnlyWhenEveryFileHasBeenRanked() throws Exception {
    Path plan = file("plan A");
    List<Path> files = List.of(plan, file("report 1"), file("report 2"));

    try (ReadAhead<String> reads = new ReadAhead<>(files, byFirstWord, text, 5)) {
      for (int i = 0; i < files.size(); i++) {
        reads.next().read();
      }
    }

    assertEquals(List.of(files.get(1), files.get(2), plan), read);
  }

  @Test
  void aFileThatCannotBeRead_failsAtItsTurn_andTheOthersStillCome() throws Exception {
    Path missing = folder.resolve("missing.txt");
    List<Path> files = List.of(file("report 1"), missing, file("report 2"));

    try (ReadAhead<String> reads = new ReadAhead<>(files, byFirstWord, text, 3)) {
      assertEquals("report 1", reads.next().read());
      ReadAhead.Turn<String> turn = reads.next();
      assertEquals(missing, turn.file());
      assertThrows(NoSuchFileException.class, turn::read);
      assertEquals("report 2", reads.next().read());
    }
  }

  @Test
  void whatTheReaderRefuses_isRefusedAtItsTurn() throws Exception {
    List<Path> files = List.of(file("report 1"), file("report 2"));
    ReadAhead.Reader<String> refusing =
        (file, content) -> {
          if (file.equals(files.get(0))) {
            throw new IllegalArgumentException("not a document: " + file.getFileName());
          }
          return "read";
        };

    try (ReadAhead<String> reads = new ReadAhead<>(files, byFirstWord, refusing, 1)) {
      var refusal = assertThrows(IllegalArgumentException.class, () -> reads.next().read());
      assertTrue(refusal.getMessage().startsWith("not a document: "), refusal.getMessage());
      assertEquals("read", reads.next().read());
    }
  }

  @Test
  void aRankerThatBreaks_stopsTheImportAtTheNextTurn_insteadOfLeavingItWaiting() throws Exception {
    List<Path> files = List.of(file("report 1"), file("report 2"));
    ReadAhead.Ranker breaking =
        (file, content) -> {
          if (file.equals(files.get(1))) {
            throw new IllegalStateException("out of order");
          }
          return 0;
        };

    try (ReadAhead<String> reads = new ReadAhead<>(files, breaking, text, 2)) {
      assertEquals("report 1", reads.next().read());
      var broke = assertThrows(ReadAhead.ReaderBroke.class, reads::next);
      assertTrue(broke.getMessage().contains("out of order"), broke.getMessage());
    }
  }

  private Path file(String content) throws IOException {
    Path file = Files.createTempFile(folder, "document", ".txt");
    Files.writeString(file, content);
    return file;
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(condition.getAsBoolean(), "not reached within 10 s");
  }
}
