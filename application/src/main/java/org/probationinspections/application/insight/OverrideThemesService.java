package org.probationinspections.application.insight;

import java.util.List;
import org.probationinspections.application.insight.port.in.OverrideThemesUseCase;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.theme.ThemeOverride;

/** Stores a person's themes for a recommendation, or removes them so that the rules apply. */
record OverrideThemesService(
    InspectionRepository inspections,
    RecommendationIndex index,
    ThemeAssigner assigner,
    ThemeOverrideRepository overrides,
    Clock clock,
    CurrentActor actor)
    implements OverrideThemesUseCase {

  @Override
  public ThemedRecommendationView override(Command command) {
    Inspection inspection = inspections.get(command.inspection());
    Recommendation rec =
        inspection
            .findRecommendation(command.recommendation())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Recommendation",
                        command.inspection().value() + " " + command.recommendation()));
    RecommendationRef ref = new RecommendationRef(inspection.id(), rec.number());
    if (command.themes().isEmpty()) {
      overrides.remove(ref);
    } else {
      List<String> themes = command.themes().get();
      for (String id : themes) {
        if (assigner.taxonomy().find(id).isEmpty()) {
          throw new InvalidValueException("themes", "no theme has the id " + id);
        }
      }
      overrides.save(
          new ThemeOverride(ref, themes, actor.actor().name(), command.note(), clock.now()));
    }
    return assigner.view(
        index.of(List.of(inspection)).stream()
            .filter(e -> e.recommendation().number() == rec.number())
            .findFirst()
            .orElseThrow());
  }
}
