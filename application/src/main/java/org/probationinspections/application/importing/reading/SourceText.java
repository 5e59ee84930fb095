package org.probationinspections.application.importing.reading;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.probationinspections.domain.common.InvalidValueException;

/**
 * The text of one document as numbered lines. Refuses text that cannot be a document (empty,
 * binary) so that no parser has to guard against it.
 */
final class SourceText {

  /** Above this share of control characters the "text" is a binary file read as text. */
  private static final double MAX_CONTROL_SHARE = 0.02;

  private final String fileName;
  private final List<String> lines;

  SourceText(String fileName, String text) {
    this.fileName = fileName == null || fileName.isBlank() ? "(unnamed)" : fileName.strip();
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new InvalidValueException(
          this.fileName + ":1", "expected a document, the file is empty");
    }
    rejectBinary(text);
    this.lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }

  private void rejectBinary(String text) {
    int control = 0;
    int line = 1;
    int firstBadLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == 0 || c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\r' && c != '\f')) {
        control++;
        if (firstBadLine == 0) {
          firstBadLine = line;
        }
        if (c == 0) {
          break;
        }
      }
    }
    boolean hasNul = text.indexOf('\0') >= 0;
    if (hasNul || control > text.length() * MAX_CONTROL_SHARE) {
      throw new InvalidValueException(
          fileName + ":" + firstBadLine,
          "expected text extracted from a document, found binary content");
    }
  }

  String fileName() {
    return fileName;
  }

  int lineCount() {
    return lines.size();
  }

  /** The line numbered from 1, as an editor shows it. */
  String line(int number) {
    return lines.get(number - 1);
  }

  /** The number of the first line from {@code from} (at least 1) on that passes {@code test}. */
  Optional<Integer> find(int from, Predicate<String> test) {
    for (int line = Math.max(1, from); line <= lineCount(); line++) {
      if (test.test(line(line))) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /** An exception for a fatal problem, naming "file:line" and what was expected there. */
  InvalidValueException fatal(int line, String expected) {
    return new InvalidValueException(fileName + ":" + Math.max(1, line), expected);
  }
}
