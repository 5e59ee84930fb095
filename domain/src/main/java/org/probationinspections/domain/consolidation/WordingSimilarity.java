package org.probationinspections.domain.consolidation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.theme.Term;
import org.probationinspections.domain.theme.WordingAnalyser;

/**
 * How alike two recommendations are worded, as the cosine of their TF-IDF vectors over the texts
 * being compared: terms every text uses count for little, terms few share (ViSOR, vetting, Wi-Fi)
 * for much. What a term is (stop words left out, endings trimmed, synonyms joined) is the
 * analyser's: "risks" meets "risk", and, with the field's synonyms, "ViSOR" meets "Violent and Sex
 * Offender Register".
 */
public final class WordingSimilarity {

  /** How two texts' vectors are compared. */
  public enum Likeness {
    /** The cosine of the two vectors. */
    COSINE,
    /**
     * The mean of the cosine and the overlap with the shorter text, so that a short recommendation
     * wholly inside a long one counts as saying the same thing in fewer words.
     */
    COSINE_AND_OVERLAP
  }

  private final WordingAnalyser analyser;
  private final Likeness likeness;
  private final Map<String, List<Term>> analysed = new HashMap<>();
  private final Map<String, Double> idf = new HashMap<>();
  private final int documents;

  /** Learns how common each term is from the texts to be compared, cut by the light stemmer. */
  public WordingSimilarity(List<String> corpus) {
    this(corpus, new LightStemming(), Likeness.COSINE_AND_OVERLAP);
  }

  /**
   * Learns how common each term is from the texts to be compared, as {@code analyser} cuts them.
   */
  public WordingSimilarity(List<String> corpus, WordingAnalyser analyser, Likeness likeness) {
    this.analyser = Require.present("analyser", analyser);
    this.likeness = Require.present("likeness", likeness);
    this.documents = corpus.size();
    Map<String, Integer> df = new HashMap<>();
    for (String text : corpus) {
      for (String term : Set.copyOf(values(text))) {
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
    if (likeness == Likeness.COSINE) {
      return Math.min(1.0, cosine);
    }
    double overlap = dot / Math.pow(Math.min(na, nb), 2);
    return Math.min(1.0, (cosine + overlap) / 2);
  }

  /**
   * The words of {@code a} whose terms {@code b} has too, as {@code a} writes them, rarest first.
   */
  public List<String> shared(String a, String b) {
    Set<String> tb = Set.copyOf(values(b));
    Map<String, String> surfaces = new LinkedHashMap<>();
    for (Term term : terms(a)) {
      if (tb.contains(term.value())) {
        surfaces.putIfAbsent(term.value(), term.surface());
      }
    }
    return surfaces.entrySet().stream()
        .sorted((x, y) -> Double.compare(weight(y.getKey()), weight(x.getKey())))
        .map(Map.Entry::getValue)
        .distinct()
        .toList();
  }

  private double weight(String term) {
    return idf.getOrDefault(term, Math.log(1.0 + documents) + 1.0);
  }

  private Map<String, Double> vector(String text) {
    Map<String, Double> v = new HashMap<>();
    for (String term : values(text)) {
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

  private List<Term> terms(String text) {
    return analysed.computeIfAbsent(text, analyser::terms);
  }

  private List<String> values(String text) {
    return terms(text).stream().map(Term::value).toList();
  }
}
