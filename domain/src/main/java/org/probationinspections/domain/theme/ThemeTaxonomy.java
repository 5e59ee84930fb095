package org.probationinspections.domain.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;

/**
 * The themes recommendations are classified into, as data. A theme applies to a text when the
 * weights of its matching rules reach {@code minimumScore}; themes are given strongest first.
 */
public final class ThemeTaxonomy {

  private final String id;
  private final int minimumScore;
  private final Map<String, Theme> themes;
  private final WordingAnalyser analyser;
  private final Map<String, List<ThemeRule.Read>> readRules = new LinkedHashMap<>();

  /** Themes whose phrases are matched word for word ({@link WordingAnalyser#PLAIN}). */
  public ThemeTaxonomy(String id, int minimumScore, List<Theme> themes) {
    this(id, minimumScore, themes, WordingAnalyser.PLAIN);
  }

  /** Themes whose phrases and texts are both read by {@code analyser}. */
  public ThemeTaxonomy(String id, int minimumScore, List<Theme> themes, WordingAnalyser analyser) {
    this.id = Require.text("taxonomy.id", id);
    this.minimumScore = Require.positive("taxonomy.minimumScore", minimumScore);
    Require.notEmpty("taxonomy.themes", themes);
    Map<String, Theme> byId = new LinkedHashMap<>();
    for (Theme theme : themes) {
      if (byId.put(theme.id(), theme) != null) {
        throw new InvalidValueException("taxonomy.themes", "theme " + theme.id() + " twice");
      }
    }
    this.themes = byId;
    this.analyser = Require.present("taxonomy.analyser", analyser);
    // Each phrase is read once, not once a text.
    byId.values().forEach(theme -> readRules.put(theme.id(), theme.readBy(analyser)));
  }

  /** The same themes, their phrases and the texts read by {@code other}. */
  public ThemeTaxonomy analysedBy(WordingAnalyser other) {
    return new ThemeTaxonomy(id, minimumScore, themes(), other);
  }

  /** A copy whose themes with the ids of {@code replacements} are replaced; new ids are added. */
  public ThemeTaxonomy with(List<Theme> replacements) {
    Map<String, Theme> merged = new LinkedHashMap<>(themes);
    for (Theme theme : replacements) {
      merged.put(theme.id(), theme);
    }
    return new ThemeTaxonomy(id, minimumScore, new ArrayList<>(merged.values()), analyser);
  }

  public List<ThemeMatch> classify(String text) {
    List<Term> words = analyser.terms(text);
    List<ThemeMatch> matches = new ArrayList<>();
    for (Theme theme : themes.values()) {
      theme
          .match(words, readRules.get(theme.id()))
          .filter(m -> m.score() >= minimumScore)
          .ifPresent(matches::add);
    }
    matches.sort(Comparator.comparingInt(ThemeMatch::score).reversed());
    return List.copyOf(matches);
  }

  public Optional<Theme> find(String themeId) {
    return Optional.ofNullable(themes.get(themeId));
  }

  public String id() {
    return id;
  }

  public int minimumScore() {
    return minimumScore;
  }

  public List<Theme> themes() {
    return List.copyOf(themes.values());
  }
}
