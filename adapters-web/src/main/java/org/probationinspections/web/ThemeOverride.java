package org.probationinspections.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.OverrideThemesUseCase;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * Overrides the themes of the recommendation a request's path names ({@code {id}}, {@code {n}}),
 * for the API and the pages alike; no themes puts it back to the rules.
 */
public final class ThemeOverride {

  private ThemeOverride() {}

  public static ThemedRecommendationView apply(
      AsAtViews views, Context ctx, Optional<List<String>> themes, String by, String note) {
    return views
        .insight(ctx)
        .overrideThemes()
        .override(
            new OverrideThemesUseCase.Command(
                new InspectionId(ctx.pathParam("id")), Params.pathInt(ctx, "n"), themes, by, note));
  }
}
