package org.probationinspections.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads files on one background thread, a few ahead of the one the caller is storing, and hands
 * them over in dependency order: every file of the lowest rank in the order given, then those of
 * the next rank, and so on. The files of the lowest rank (PDU reports, which depend on nothing) are
 * handed over as soon as they are read; the others are noted with their rank and read again once
 * every file has been ranked, so that no more than {@code ahead} files are held read at a time
 * whatever the size of the import. Ranking and reading share one pass over the files: no file is
 * read twice unless it must wait for others.
 */
final class ReadAhead<R> implements AutoCloseable {

  /** The rank of a file from its content: lower ranks are stored first. */
  interface Ranker {
    int rank(Path file, byte[] content);
  }

  /** Reads one file's content into what will be stored. */
  interface Reader<R> {
    R read(Path file, byte[] content) throws IOException;
  }

  /** One file's turn: the file, and what reading it gave or why it could not be read. */
  record Turn<R>(Path file, R value, Exception failure) {

    /** What was read; throws what reading threw. */
    R read() throws IOException {
      if (failure instanceof IOException unreadable) {
        throw unreadable;
      }
      if (failure instanceof RuntimeException refused) {
        throw refused;
      }
      return value;
    }
  }

  private final List<Path> files;
  private final Ranker ranker;
  private final Reader<R> reader;
  private final BlockingQueue<Turn<R>> ready;
  private final Thread thread;
  private int taken;

  ReadAhead(List<Path> files, Ranker ranker, Reader<R> reader, int ahead) {
    if (ahead < 1) {
      throw new IllegalArgumentException("read at least one file ahead, not " + ahead);
    }
    this.files = List.copyOf(files);
    this.ranker = ranker;
    this.reader = reader;
    this.ready = new ArrayBlockingQueue<>(ahead);
    this.thread = new Thread(this::readAll, "import-read-ahead");
    thread.setDaemon(true);
    thread.start();
  }

  /** The next file's turn, in dependency order; waits for it if it is not read yet. */
  Turn<R> next() {
    if (taken == files.size()) {
      throw new IllegalStateException("every file has been taken");
    }
    try {
      Turn<R> turn = ready.take();
      taken++;
      if (turn.failure instanceof ReaderBroke broke) {
        throw broke;
      }
      return turn;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the next file", interrupted);
    }
  }

  private record Waiting(Path file, int rank) {}

  private void readAll() {
    try {
      List<Waiting> later = new ArrayList<>();
      for (Path file : files) {
        byte[] content;
        try {
          content = Files.readAllBytes(file);
        } catch (IOException unreadable) {
          ready.put(new Turn<>(file, null, unreadable));
          continue;
        }
        int rank = ranker.rank(file, content);
        if (rank <= 0) {
          ready.put(turn(file, content));
        } else {
          later.add(new Waiting(file, rank));
        }
      }
      later.sort(Comparator.comparingInt(Waiting::rank));
      for (Waiting waiting : later) {
        try {
          ready.put(turn(waiting.file(), Files.readAllBytes(waiting.file())));
        } catch (IOException unreadable) {
          ready.put(new Turn<>(waiting.file(), null, unreadable));
        }
      }
    } catch (InterruptedException closed) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error broken) {
      // Nothing more will come: the caller is told at its turn instead of waiting forever.
      try {
        ready.put(new Turn<>(null, null, new ReaderBroke(broken)));
      } catch (InterruptedException closed) {
        Thread.currentThread().interrupt();
      }
      throw broken;
    }
  }

  private Turn<R> turn(Path file, byte[] content) {
    try {
      return new Turn<>(file, reader.read(file, content), null);
    } catch (IOException | RuntimeException failed) {
      return new Turn<>(file, null, failed);
    }
  }

  /** The reading thread failed outside the reading of any one file. */
  static final class ReaderBroke extends IllegalStateException {
    ReaderBroke(Throwable cause) {
      super("reading the files failed: " + cause, cause);
    }
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
