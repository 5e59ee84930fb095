package org.probationinspections.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads files in order on one background thread, a few ahead of the one the caller is working on,
 * and hands them over in the same order. At most {@code ahead} files are held read and not yet
 * taken, so a large import does not hold every file in memory. A file that could not be read
 * throws, at its turn, what reading it threw.
 */
final class ReadAhead<R> implements AutoCloseable {

  /** Reads one file. */
  interface Reader<R> {
    R read(Path file) throws IOException;
  }

  private final Iterator<Path> files;
  private final Reader<R> reader;
  private final Deque<Future<R>> pending = new ArrayDeque<>();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread reading = new Thread(work, "import-read-ahead");
            reading.setDaemon(true);
            return reading;
          });

  ReadAhead(List<Path> files, Reader<R> reader, int ahead) {
    if (ahead < 1) {
      throw new IllegalArgumentException("read at least one file ahead, not " + ahead);
    }
    this.files = List.copyOf(files).iterator();
    this.reader = reader;
    for (int i = 0; i < ahead && this.files.hasNext(); i++) {
      submitNext();
    }
  }

  /** The next file, read; waits for it if it is not read yet. */
  R next() throws IOException {
    Future<R> next = pending.poll();
    if (next == null) {
      throw new IllegalStateException("every file has been taken");
    }
    if (files.hasNext()) {
      submitNext();
    }
    try {
      return next.get();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading ahead", interrupted);
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      if (cause instanceof IOException unreadable) {
        throw unreadable;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private void submitNext() {
    Path file = files.next();
    pending.add(thread.submit(() -> reader.read(file)));
  }

  @Override
  public void close() {
    pending.forEach(read -> read.cancel(true));
    thread.shutdownNow();
  }
}
