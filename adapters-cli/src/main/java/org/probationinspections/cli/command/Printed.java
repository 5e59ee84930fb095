package org.probationinspections.cli.command;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.probationinspections.web.InterchangeJson;

/** What a command answers on standard output: as indented JSON, the API's shape, or as text. */
final class Printed {

  private Printed() {}

  static <T> void answer(T value, boolean json, BiConsumer<PrintStream, T> text)
      throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (json) {
      out.println(
          InterchangeJson.mapper()
              .copy()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(value));
    } else {
      text.accept(out, value);
    }
    out.flush();
  }
}
