package org.probationinspections.application.shared;

import java.util.Locale;

/** Compares wordings of the same text as different documents print them. */
public final class TextSimilarity {

  private TextSimilarity() {}

  /** Equal but for case, punctuation, markup and spacing. */
  public static boolean sameWording(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  public static String normalise(String text) {
    return text.replaceAll("<[^>]+>", " ")
        .toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }
}
