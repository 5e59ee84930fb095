package org.probationinspections.domain.theme;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Text reduced to lower-case words, as rules and comparisons read it: no markup or punctuation. */
public final class Wording {

  private Wording() {}

  /** Lower case, markup removed, {@code &} read as "and", anything but letters and digits a gap. */
  public static String normalise(String text) {
    return text.replaceAll("<[^>]+>", " ")
        .toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }

  /** Equal but for case, punctuation, markup and spacing: one text as two documents print it. */
  public static boolean same(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  public static List<String> words(String text) {
    String normal = normalise(text);
    return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
  }
}
