package org.probationinspections.cli.reliability;

import java.io.OutputStream;
import java.io.PrintStream;
import org.probationinspections.cli.Main;

/** Runs a command line in this JVM with its output thrown away; returns its exit status. */
final class Quietly {

  private Quietly() {}

  static synchronized int run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    System.setOut(nowhere);
    System.setErr(nowhere);
    try {
      return Main.run(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
