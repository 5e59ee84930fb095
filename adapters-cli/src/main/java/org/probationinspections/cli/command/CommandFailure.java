package org.probationinspections.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import org.probationinspections.domain.common.DomainException;

/**
 * Says in one line why a command failed, in words a person can act on, not as a Java stack trace.
 * {@code INSPECTIONS_DEBUG=1} prints the stack trace as well, for a bug report.
 */
final class CommandFailure {

  private CommandFailure() {}

  static boolean showsDetails() {
    String debug = System.getenv("INSPECTIONS_DEBUG");
    return debug != null && !debug.isBlank() && !debug.equals("0");
  }

  /** The failure's message, from the innermost cause that says something a person can use. */
  static String describe(Throwable failure) {
    if (failure instanceof DomainException refusal) {
      return refusal.getMessage();
    }
    Throwable cause = failure;
    while (cause != null) {
      String said = plain(cause);
      if (said != null) {
        return said;
      }
      cause = cause.getCause();
    }
    return "unexpected failure ("
        + failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
        + "); run again with INSPECTIONS_DEBUG=1 for the details";
  }

  private static String plain(Throwable cause) {
    String message = cause.getMessage();
    if (cause instanceof ConnectException) {
      return "cannot connect" + (message == null ? "" : ": " + message);
    }
    if (cause instanceof FileAlreadyExistsException) {
      return message + " exists already";
    }
    if (cause instanceof NoSuchFileException) {
      return message + ": no such file";
    }
    if (cause instanceof AccessDeniedException) {
      return message + ": permission denied";
    }
    if (message == null || message.isBlank()) {
      return null;
    }
    if (cause instanceof DomainException
        || cause instanceof IllegalArgumentException
        || cause instanceof IllegalStateException
        || cause instanceof IOException
        || cause instanceof UncheckedIOException) {
      return message;
    }
    return null;
  }
}
