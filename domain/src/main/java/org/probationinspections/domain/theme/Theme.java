package org.probationinspections.domain.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.Require;

/** A theme of the taxonomy: a stable id, a name for people, and the rules that find it. */
public record Theme(String id, String name, String description, List<ThemeRule> rules) {

  public Theme {
    id = Require.text("theme.id", id);
    name = Require.text("theme.name", name);
    description = Require.present("theme.description", description).strip();
    Require.notEmpty("theme.rules", rules);
    rules = List.copyOf(rules);
  }

  /** How strongly the terms match, and the phrases that matched; empty when none did. */
  public Optional<ThemeMatch> match(List<Term> words, WordingAnalyser analyser) {
    return match(words, readBy(analyser));
  }

  /** The rules as {@code analyser} reads their phrases, longest phrase first. */
  public List<ThemeRule.Read> readBy(WordingAnalyser analyser) {
    List<ThemeRule> longestFirst = new ArrayList<>(rules);
    longestFirst.sort(Comparator.comparingInt(ThemeRule::length).reversed());
    return longestFirst.stream().map(rule -> rule.readBy(analyser)).toList();
  }

  /** As {@link #match(List, WordingAnalyser)}, with the rules already read ({@link #readBy}). */
  public Optional<ThemeMatch> match(List<Term> words, List<ThemeRule.Read> readRules) {
    int score = 0;
    List<String> found = new ArrayList<>();
    boolean[] taken = new boolean[words.size()];
    for (ThemeRule.Read rule : readRules) {
      Optional<String> hit = rule.find(words, taken);
      if (hit.isPresent()) {
        score += rule.rule().weight();
        found.add(hit.get());
      }
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(new ThemeMatch(id, score, found));
  }
}
