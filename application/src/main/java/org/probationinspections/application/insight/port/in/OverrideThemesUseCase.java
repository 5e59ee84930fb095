package org.probationinspections.application.insight.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * A person sets the themes of one recommendation, replacing what the rules found; no themes given
 * ({@code themes} empty) puts the rules back in charge.
 */
public interface OverrideThemesUseCase {

  ThemedRecommendationView override(Command command);

  record Command(
      InspectionId inspection,
      int recommendation,
      Optional<List<String>> themes,
      String by,
      String note) {

    public Command {
      Require.present("inspection", inspection);
      Require.positive("recommendation", recommendation);
      themes = Require.present("themes", themes).map(list -> Require.entries("themes", list));
      // Kept for the clients that send it; the author recorded is whoever is signed in.
      by = Require.optionalText(by);
      note = Require.present("note", note);
    }
  }
}
