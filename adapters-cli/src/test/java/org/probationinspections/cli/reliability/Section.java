package org.probationinspections.cli.reliability;

import java.util.List;

/**
 * One probe's table: what it did (in words), and its figures, each beside the value expected.
 * {@code notes} lists what a reader should look at (each miss, with the request that showed it).
 */
public record Section(
    String title, String method, List<Section.Figure> figures, List<String> notes) {

  /** A figure: what was counted, the count, and the value expected. */
  public record Figure(String what, long value, long expected) {
    public boolean met() {
      return value == expected;
    }
  }

  public boolean met() {
    return figures.stream().allMatch(Figure::met);
  }
}
