package org.probationinspections.application.service;

import java.util.Locale;

/** Compares wordings of the same text as different documents print them. */
final class TextSimilarity {

  private TextSimilarity() {}

  /** Equal but for case, punctuation, markup and spacing. */
  static boolean sameWording(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  static String normalise(String text) {
    return text.replaceAll("<[^>]+>", " ")
        .toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }
}
