package org.probationinspections.domain.theme;

import java.util.List;
import org.probationinspections.domain.common.Require;

/** Why a theme applies: the sum of the weights of its rules that matched, and what they matched. */
public record ThemeMatch(String themeId, int score, List<String> matchedPhrases) {

  public ThemeMatch {
    themeId = Require.text("themeId", themeId);
    Require.positive("score", score);
    Require.notEmpty("matchedPhrases", matchedPhrases);
    matchedPhrases = List.copyOf(matchedPhrases);
  }
}
