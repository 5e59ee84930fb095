package org.probationinspections.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.SearchTextUseCase;
import org.probationinspections.application.insight.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.consolidation.Verdict;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.ThemeOverride;

/** The insight API: themes, themed recommendations, overrides. No rule is decided here. */
record InsightApi(AsAtViews views, Bodies bodies) {

  /** A person's themes for a recommendation: who, why, and the theme ids. */
  record ThemesBody(List<String> themes, String by, String note) {
    ThemesBody {
      themes = themes == null ? null : Require.entries("themes", themes);
    }
  }

  /** A decision on a group: its members, ACCEPTED or REJECTED, who and why. */
  record DecisionBody(List<Member> members, String verdict, String by, String note) {
    DecisionBody {
      members = Require.entries("members", members);
    }
  }

  record Member(String inspectionId, Integer recommendationNumber) {}

  void register(Routes routes) {
    routes.get("/api/suggestions", this::suggestions);
    routes.get(
        "/api/action-plans/{id}/due",
        ctx -> ctx.json(views.insight(ctx).planDue().due(new ActionPlanId(ctx.pathParam("id")))));
    routes.get(
        "/api/inspections/{id}/repeats",
        ctx ->
            ctx.json(
                views.insight(ctx).listRepeats().repeats(new InspectionId(ctx.pathParam("id")))));
    routes.post("/api/reviews/{id}/suggestions/decisions", this::decide);
    routes.get("/api/themes", ctx -> ctx.json(views.insight(ctx).listThemes().list()));
    routes.get(
        "/api/themes/heatmap",
        ctx ->
            ctx.json(
                views
                    .insight(ctx)
                    .themeHeatmap()
                    .heatmap(Params.query(ctx, "region"), Paging.offsetRequest(ctx))));
    routes.get("/api/recommendations", this::recommendations);
    routes.get("/api/search", this::search);
    routes.put("/api/inspections/{id}/recommendations/{n}/themes", this::override);
    routes.delete("/api/inspections/{id}/recommendations/{n}/themes", this::backToRules);
  }

  private void suggestions(Context ctx) {
    String region =
        Params.query(ctx, "region")
            .orElseThrow(() -> new BadRequestException("region", "region: the query needs it"));
    ctx.json(
        views
            .insight(ctx)
            .suggestConsolidations()
            .suggest(new SuggestConsolidationsUseCase.Query(region, Params.query(ctx, "review"))));
  }

  private void decide(Context ctx) {
    DecisionBody body = bodies.readWhole(ctx, DecisionBody.class);
    if (body.members() == null
        || body.members().stream()
            .anyMatch(
                m -> m == null || m.inspectionId() == null || m.recommendationNumber() == null)) {
      throw new BadRequestException(
          "members", "members: a list of {inspectionId, recommendationNumber} is required");
    }
    ctx.json(
        views
            .insight(ctx)
            .decideConsolidation()
            .decide(
                new DecideConsolidationUseCase.Command(
                    new ReviewId(ctx.pathParam("id")),
                    body.members().stream()
                        .map(
                            m ->
                                new RecommendationRef(
                                    new InspectionId(m.inspectionId()), m.recommendationNumber()))
                        .toList(),
                    Params.choice("verdict", body.verdict(), Verdict.class)
                        .orElseThrow(
                            () ->
                                new BadRequestException(
                                    "verdict", "verdict: ACCEPTED or REJECTED")),
                    body.by() == null ? "" : body.by(),
                    body.note() == null ? "" : body.note())));
  }

  private void recommendations(Context ctx) {
    var query =
        new ListThemedRecommendationsUseCase.Query(
            Params.query(ctx, "region"), Params.query(ctx, "pdu"), Params.query(ctx, "theme"));
    Paging.answer(ctx, page -> views.insight(ctx).listThemedRecommendations().page(query, page));
  }

  /** What a search answers: the words searched for and left out, and a page of hits. */
  record SearchAnswer(
      List<String> words,
      List<String> leftOut,
      List<SearchTextUseCase.Hit> items,
      Optional<String> next) {}

  private void search(Context ctx) {
    String text =
        Params.query(ctx, "q")
            .orElseThrow(
                () -> new BadRequestException("q", "q: the words to look for are required"));
    var query =
        new SearchTextUseCase.Query(
            text,
            Params.choices(ctx, "kind", SearchTextUseCase.Kind.class),
            Params.query(ctx, "region"),
            Params.query(ctx, "pdu"));
    SearchTextUseCase.Results results =
        Paging.read(ctx, page -> views.insight(ctx).searchText().search(query, page));
    Paging.Listing<SearchTextUseCase.Hit> page = Paging.listing(ctx, results.hits());
    ctx.json(new SearchAnswer(results.words(), results.leftOut(), page.items(), page.next()));
  }

  private void override(Context ctx) {
    ThemesBody body = bodies.readWhole(ctx, ThemesBody.class);
    if (body.themes() == null) {
      throw new BadRequestException("themes", "themes: a list of theme ids is required");
    }
    ctx.json(
        ThemeOverride.apply(
            views,
            ctx,
            Optional.of(body.themes()),
            body.by() == null ? "" : body.by(),
            body.note() == null ? "" : body.note()));
  }

  private void backToRules(Context ctx) {
    ctx.json(
        ThemeOverride.apply(
            views, ctx, Optional.empty(), Params.query(ctx, "by").orElse("API user"), ""));
  }
}
