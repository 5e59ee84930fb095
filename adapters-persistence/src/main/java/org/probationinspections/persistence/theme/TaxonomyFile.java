package org.probationinspections.persistence.theme;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.probationinspections.domain.theme.Theme;
import org.probationinspections.domain.theme.ThemeRule;
import org.probationinspections.domain.theme.ThemeTaxonomy;

/** The JSON shape of a theme taxonomy file; the domain validates what it holds. */
@JsonIgnoreProperties(ignoreUnknown = true)
record TaxonomyFile(String id, Integer minimumScore, List<ThemeEntry> themes) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ThemeEntry(String id, String name, String description, List<RuleEntry> rules) {

    Theme toTheme() {
      return new Theme(
          id,
          name,
          description == null ? "" : description,
          rules == null
              ? List.of()
              : rules.stream()
                  .map(r -> new ThemeRule(r.phrase(), r.weight() == null ? 1 : r.weight()))
                  .toList());
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record RuleEntry(String phrase, Integer weight) {}

  List<Theme> toThemes() {
    return themes == null ? List.of() : themes.stream().map(ThemeEntry::toTheme).toList();
  }

  ThemeTaxonomy toTaxonomy() {
    return new ThemeTaxonomy(id, minimumScore == null ? 1 : minimumScore, toThemes());
  }
}
