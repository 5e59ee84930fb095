package org.probationinspections.domain.consolidation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.probationinspections.domain.theme.Wording;

/**
 * How alike two recommendations are worded, as the cosine of their TF-IDF vectors over the texts
 * being compared: words every text uses (ensure, improve, probation) count for little, words few
 * share (ViSOR, vetting, Wi-Fi) for much. Stop words are dropped and endings trimmed, so "risks"
 * meets "risk" and "focussing" meets "focusing".
 */
public final class WordingSimilarity {

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

  private final Map<String, Double> idf = new HashMap<>();
  private final int documents;

  /** Learns how common each word is from the texts to be compared. */
  public WordingSimilarity(List<String> corpus) {
    this.documents = corpus.size();
    Map<String, Integer> df = new HashMap<>();
    for (String text : corpus) {
      for (String term : Set.copyOf(terms(text))) {
        df.merge(term, 1, Integer::sum);
      }
    }
    df.forEach((term, n) -> idf.put(term, Math.log((1.0 + documents) / (1.0 + n)) + 1.0));
  }

  /** 0 (nothing shared) to 1 (the same words). */
  public double similarity(String a, String b) {
    Map<String, Double> va = vector(a);
    Map<String, Double> vb = vector(b);
    double dot = 0;
    for (var e : va.entrySet()) {
      dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
    }
    double na = norm(va);
    double nb = norm(vb);
    if (na == 0 || nb == 0) {
      return 0;
    }
    double cosine = dot / (na * nb);
    // A short recommendation wholly inside a long one says the same thing in fewer words: the
    // overlap with the shorter text counts as much as the cosine.
    double overlap = dot / Math.pow(Math.min(na, nb), 2);
    return Math.min(1.0, (cosine + overlap) / 2);
  }

  /** The words of {@code a} and {@code b} in common, as trimmed terms, rarest first. */
  public List<String> shared(String a, String b) {
    Set<String> tb = Set.copyOf(terms(b));
    return terms(a).stream()
        .distinct()
        .filter(tb::contains)
        .sorted((x, y) -> Double.compare(weight(y), weight(x)))
        .toList();
  }

  private double weight(String term) {
    return idf.getOrDefault(term, Math.log(1.0 + documents) + 1.0);
  }

  private Map<String, Double> vector(String text) {
    Map<String, Double> v = new HashMap<>();
    for (String term : terms(text)) {
      v.merge(term, 1.0, Double::sum);
    }
    v.replaceAll((term, tf) -> tf * weight(term));
    return v;
  }

  private static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double x : v.values()) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }

  static List<String> terms(String text) {
    return Wording.words(text).stream()
        .filter(w -> !STOP_WORDS.contains(w))
        .map(WordingSimilarity::stem)
        .filter(w -> !w.isEmpty() && !STOP_WORDS.contains(w))
        .toList();
  }

  /** A light stemmer: enough to meet plurals and -ing/-ed forms of the same word. */
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
