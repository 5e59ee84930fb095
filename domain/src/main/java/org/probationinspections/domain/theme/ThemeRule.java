package org.probationinspections.domain.theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;

/**
 * A phrase that, found in a recommendation, counts towards a theme by its weight. The phrase is
 * matched term by term, read by the same {@link WordingAnalyser} as the text (so, with a text
 * library's analyser, "offices" finds "office" and "ViSOR" finds "Violent and Sex Offender
 * Register"); a word ending in {@code *} matches any word it begins ("safeguard*" finds
 * "safeguarding").
 */
public record ThemeRule(String phrase, int weight) {

  public ThemeRule {
    phrase = Require.text("rule.phrase", phrase);
    Require.positive("rule.weight", weight);
    if (pattern(phrase, WordingAnalyser.PLAIN).isEmpty()) {
      throw new InvalidValueException("rule.phrase", "'" + phrase + "' has no words");
    }
  }

  /** One place of the phrase: a term to equal, or the start of a word (from {@code word*}). */
  private record Want(String text, boolean prefix) {

    boolean matches(Term term) {
      return prefix ? term.surface().startsWith(text) : term.value().equals(text);
    }
  }

  /**
   * The words this phrase matched first among those not yet {@code taken}, which it then marks
   * taken, so that "oversight" does not count again inside "management oversight".
   */
  public Optional<String> find(List<Term> terms, boolean[] taken, WordingAnalyser analyser) {
    return readBy(analyser).find(terms, taken);
  }

  /** The phrase as {@code analyser} reads it, once, to be found in many texts. */
  public Read readBy(WordingAnalyser analyser) {
    return new Read(this, pattern(phrase, analyser));
  }

  /** A rule whose phrase has been read by an analyser. */
  public static final class Read {

    private final ThemeRule rule;
    private final List<Want> pattern;

    private Read(ThemeRule rule, List<Want> pattern) {
      this.rule = rule;
      this.pattern = List.copyOf(pattern);
    }

    public ThemeRule rule() {
      return rule;
    }

    /** As {@link ThemeRule#find}. */
    public Optional<String> find(List<Term> terms, boolean[] taken) {
      if (pattern.isEmpty()) {
        return Optional.empty();
      }
      for (int start = 0; start + pattern.size() <= terms.size(); start++) {
        if (matchesAt(pattern, terms, start) && free(taken, start, pattern.size())) {
          Arrays.fill(taken, start, start + pattern.size(), true);
          List<String> words = new ArrayList<>();
          for (Term term : terms.subList(start, start + pattern.size())) {
            if (words.isEmpty() || !words.get(words.size() - 1).equals(term.surface())) {
              words.add(term.surface());
            }
          }
          return Optional.of(String.join(" ", words));
        }
      }
      return Optional.empty();
    }
  }

  /** How many words the phrase has; longer phrases are tried first. */
  public int length() {
    return Wording.words(phrase.replace("*", " ")).size();
  }

  private static boolean free(boolean[] taken, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesAt(List<Want> pattern, List<Term> terms, int start) {
    for (int i = 0; i < pattern.size(); i++) {
      if (!pattern.get(i).matches(terms.get(start + i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The phrase as {@code analyser} reads it; a phrase with wildcards is read word by word, each
   * {@code word*} kept as the start of a word to find.
   */
  private static List<Want> pattern(String phrase, WordingAnalyser analyser) {
    if (!phrase.contains("*")) {
      return analyser.terms(phrase).stream().map(t -> new Want(t.value(), false)).toList();
    }
    List<Want> pattern = new ArrayList<>();
    for (String word : phrase.strip().split("\\s+")) {
      if (word.endsWith("*")) {
        String start = Wording.normalise(word.substring(0, word.length() - 1));
        if (!start.isEmpty()) {
          String[] parts = start.split(" ");
          for (int i = 0; i < parts.length - 1; i++) {
            analyser.terms(parts[i]).forEach(t -> pattern.add(new Want(t.value(), false)));
          }
          pattern.add(new Want(parts[parts.length - 1], true));
        }
      } else {
        analyser.terms(word).forEach(t -> pattern.add(new Want(t.value(), false)));
      }
    }
    return pattern;
  }
}
