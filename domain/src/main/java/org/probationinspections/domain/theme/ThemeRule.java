package org.probationinspections.domain.theme;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;

/**
 * A phrase that, found in a recommendation, counts towards a theme by its weight. The phrase is
 * matched word by word after {@link Wording#normalise}; a word ending in {@code *} matches any word
 * it begins ("safeguard*" finds "safeguarding").
 */
public record ThemeRule(String phrase, int weight) {

  public ThemeRule {
    phrase = Require.text("rule.phrase", phrase);
    Require.positive("rule.weight", weight);
    if (pattern(phrase).isEmpty()) {
      throw new InvalidValueException("rule.phrase", "'" + phrase + "' has no words");
    }
  }

  /**
   * The words this phrase matched first among those not yet {@code taken} (normalised), which it
   * then marks taken, so that "oversight" does not count again inside "management oversight".
   */
  public Optional<String> find(List<String> words, boolean[] taken) {
    List<String> pattern = pattern(phrase);
    for (int start = 0; start + pattern.size() <= words.size(); start++) {
      if (matchesAt(pattern, words, start) && free(taken, start, pattern.size())) {
        java.util.Arrays.fill(taken, start, start + pattern.size(), true);
        return Optional.of(String.join(" ", words.subList(start, start + pattern.size())));
      }
    }
    return Optional.empty();
  }

  /** How many words the phrase has; longer phrases are tried first. */
  public int length() {
    return pattern(phrase).size();
  }

  private static boolean free(boolean[] taken, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesAt(List<String> pattern, List<String> words, int start) {
    for (int i = 0; i < pattern.size(); i++) {
      String want = pattern.get(i);
      String word = words.get(start + i);
      boolean ok =
          want.endsWith("*")
              ? word.startsWith(want.substring(0, want.length() - 1))
              : word.equals(want);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static List<String> pattern(String phrase) {
    // Keep the wildcard through normalisation by marking it with a letter sequence first.
    String marked = phrase.replace("*", " zzwildcardzz ");
    List<String> raw = Wording.words(marked);
    java.util.ArrayList<String> pattern = new java.util.ArrayList<>();
    for (String word : raw) {
      if (word.equals("zzwildcardzz")) {
        if (!pattern.isEmpty()) {
          pattern.set(pattern.size() - 1, pattern.get(pattern.size() - 1) + "*");
        }
      } else {
        pattern.add(word);
      }
    }
    return pattern;
  }
}
