package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.NextPage;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.ThemeOverride;

/** Recommendations by theme, the PDU × theme heatmap, and the form that overrides themes. */
public record ThemePages(AsAtViews views, ListRegionsUseCase regions) {

  /** Recommendations on one page of the list, and PDUs on one page of the heatmap. */
  static final int PAGE = 50;

  public void register(Routes routes) {
    routes.get("/recommendations", this::recommendations);
    routes.get("/themes", this::themes);
    routes.get(
        "/inspections/{id}/recommendations/{n}/themes",
        ctx -> themeForm(ctx, recommendation(ctx), Form.empty()));
    routes.post("/inspections/{id}/recommendations/{n}/themes", this::saveThemes);
  }

  private void recommendations(Context ctx) {
    Optional<String> q = Params.query(ctx, "q");
    Optional<String> level = Params.query(ctx, "level");
    Optional<String> region = Params.query(ctx, "region");
    Optional<String> pdu = Params.query(ctx, "pdu");
    Optional<String> theme = Params.query(ctx, "theme");
    Optional<AddresseeLevel> levelFilter =
        Params.choice("level", level.orElse(null), AddresseeLevel.class);
    Optional<String> cursor = Params.query(ctx, "cursor");
    CursorPage<ThemedRecommendationView> rows =
        views
            .insight(ctx)
            .listThemedRecommendations()
            .page(
                new ListThemedRecommendationsUseCase.Query(region, pdu, theme, levelFilter, q),
                new CursorPage.Request(cursor, PAGE));
    Render.page(
        ctx,
        "recommendations",
        new InsightModels.RecommendationsPage(
            rows.items(),
            rows.next().map(next -> NextPage.link(ctx, next)),
            cursor.map(c -> NextPage.first(ctx)),
            regions.names(),
            views.insight(ctx).listThemes().list(),
            q,
            level,
            region,
            pdu,
            theme));
  }

  private void themes(Context ctx) {
    Optional<String> region = Params.query(ctx, "region");
    int offset = Math.max(0, Params.queryInt(ctx, "offset").orElse(0));
    Render.page(
        ctx,
        "themes",
        new InsightModels.ThemesPage(
            views.insight(ctx).themeHeatmap().heatmap(region, new Page.Request(offset, PAGE)),
            regions.names(),
            region,
            PAGE));
  }

  private void saveThemes(Context ctx) {
    Form form = Submission.form(ctx);
    boolean backToRules = "rules".equals(form.value("use"));
    List<String> chosen = ctx.formParams("theme");
    Submission.submit(
        ctx,
        form,
        "theme",
        Submission.Refusals.ON_MAIN_FIELD,
        () -> {
          ThemeOverride.apply(
              views,
              ctx,
              backToRules ? Optional.empty() : Optional.of(chosen),
              form.value("by", "Web user").isBlank() ? "Web user" : form.value("by"),
              form.value("note"));
          return "/inspections/"
              + ctx.pathParam("id")
              + "/recommendations/"
              + ctx.pathParam("n")
              + "/themes";
        },
        (c, f) -> themeForm(c, recommendation(c), f));
  }

  private void themeForm(Context ctx, ThemedRecommendationView rec, Form form) {
    Render.page(
        ctx,
        "recommendationThemes",
        new InsightModels.RecommendationThemesPage(
            rec, views.insight(ctx).listThemes().list(), form));
  }

  private ThemedRecommendationView recommendation(Context ctx) {
    return views
        .insight(ctx)
        .listThemedRecommendations()
        .get(new InspectionId(ctx.pathParam("id")), Params.pathInt(ctx, "n"));
  }
}
