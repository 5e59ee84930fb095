package org.probationinspections.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.port.in.OverrideThemesUseCase;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.InsightUseCases;
import org.probationinspections.web.Params;

/** The insight API: themes, themed recommendations, overrides. No rule is decided here. */
public final class InsightApiRoutes {

  private final InsightUseCases useCases;
  private final ObjectMapper json;

  public InsightApiRoutes(InsightUseCases useCases, ObjectMapper json) {
    this.useCases = useCases;
    this.json = json;
  }

  /** A person's themes for a recommendation: who, why, and the theme ids. */
  record ThemesBody(List<String> themes, String by, String note) {}

  public void register(Javalin app) {
    app.get("/api/themes", ctx -> ctx.json(useCases.listThemes().list()));
    app.get(
        "/api/themes/heatmap",
        ctx -> ctx.json(useCases.themeHeatmap().heatmap(Params.query(ctx, "region"))));
    app.get("/api/recommendations", this::recommendations);
    app.put("/api/inspections/{id}/recommendations/{n}/themes", this::override);
    app.delete("/api/inspections/{id}/recommendations/{n}/themes", this::backToRules);
  }

  private void recommendations(Context ctx) {
    ctx.json(
        useCases
            .listThemedRecommendations()
            .list(
                new ListThemedRecommendationsUseCase.Query(
                    Params.query(ctx, "region"),
                    Params.query(ctx, "pdu"),
                    Params.query(ctx, "theme"))));
  }

  private void override(Context ctx) {
    ThemesBody body = body(ctx);
    if (body.themes() == null) {
      throw new BadRequestException("themes", "themes: a list of theme ids is required");
    }
    ctx.json(
        useCases
            .overrideThemes()
            .override(
                new OverrideThemesUseCase.Command(
                    new InspectionId(ctx.pathParam("id")),
                    Params.pathInt(ctx, "n"),
                    Optional.of(body.themes()),
                    body.by() == null ? "" : body.by(),
                    body.note() == null ? "" : body.note())));
  }

  private void backToRules(Context ctx) {
    ctx.json(
        useCases
            .overrideThemes()
            .override(
                new OverrideThemesUseCase.Command(
                    new InspectionId(ctx.pathParam("id")),
                    Params.pathInt(ctx, "n"),
                    Optional.empty(),
                    Params.query(ctx, "by").orElse("API user"),
                    "")));
  }

  private ThemesBody body(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      throw new BadRequestException("", "The request needs a JSON body");
    }
    try {
      ThemesBody body = json.readValue(text, ThemesBody.class);
      if (body == null) {
        throw new BadRequestException("", "The request body must be a JSON object, not null");
      }
      return body;
    } catch (JacksonException e) {
      throw new BadRequestException(
          "", "The request body is not readable JSON: " + e.getOriginalMessage());
    }
  }
}
