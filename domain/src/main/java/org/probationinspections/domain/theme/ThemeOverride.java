package org.probationinspections.domain.theme;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.plan.RecommendationRef;

/**
 * A person's choice of themes for one recommendation, which replaces what the rules found. An empty
 * list says "no theme fits" on purpose.
 */
public record ThemeOverride(
    RecommendationRef recommendation, List<String> themeIds, String by, String note, Instant at) {

  public ThemeOverride {
    Require.present("recommendation", recommendation);
    themeIds =
        List.copyOf(
            new LinkedHashSet<>(Require.entries("themes", Require.present("themes", themeIds))));
    by = Require.text("by", by);
    note = Require.present("note", note).strip();
    Require.present("at", at);
  }
}
