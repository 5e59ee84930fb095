package org.probationinspections.domain.consolidation;

import java.util.List;
import java.util.Set;
import org.probationinspections.domain.theme.Term;
import org.probationinspections.domain.theme.Wording;
import org.probationinspections.domain.theme.WordingAnalyser;

/**
 * The analysis wording comparisons use when no text library is given: a short list of stop words
 * and a light stemmer, enough to meet plurals and -ing/-ed forms of the same word.
 */
public final class LightStemming implements WordingAnalyser {

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a",
          "an",
          "and",
          "are",
          "as",
          "at",
          "be",
          "both",
          "by",
          "for",
          "from",
          "has",
          "have",
          "in",
          "into",
          "is",
          "it",
          "its",
          "of",
          "on",
          "or",
          "so",
          "that",
          "the",
          "their",
          "there",
          "these",
          "they",
          "this",
          "those",
          "to",
          "which",
          "with",
          "within",
          "all",
          "any",
          "ensure",
          "improve",
          "provide",
          "review",
          "probation",
          "people",
          "pdu",
          "pdus",
          "s");

  @Override
  public List<Term> terms(String text) {
    return Wording.words(text).stream()
        .filter(w -> !STOP_WORDS.contains(w))
        .map(w -> new Term(stem(w), w))
        .filter(t -> !STOP_WORDS.contains(t.value()))
        .toList();
  }

  static String stem(String word) {
    String w = word;
    if (w.length() > 5 && w.endsWith("ing")) {
      w = w.substring(0, w.length() - 3);
    } else if (w.length() > 4 && w.endsWith("ed")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 4 && w.endsWith("ss") && word.endsWith("ssing")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
