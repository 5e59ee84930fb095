package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.ConsolidationSuggestions;
import org.probationinspections.application.insight.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.insight.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.application.port.in.ActionPlanOverview;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.consolidation.Verdict;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Html;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/**
 * Consolidation suggestions for a regional letter and the decisions on them, the comparison of an
 * inspection with earlier ones, and a plan's due clock.
 */
public record SuggestionPages(AsAtViews views, ListRegionsUseCase regions) {

  public void register(Routes routes) {
    routes.get("/suggestions", ctx -> suggestions(ctx, Form.empty()));
    routes.get("/inspections/{id}/repeats", this::repeats);
    routes.get(
        "/action-plans/{id}/due",
        ctx ->
            Html.render(
                ctx,
                "partials/planDue.jte",
                Map.of(
                    "due",
                    views.insight(ctx).planDue().due(new ActionPlanId(ctx.pathParam("id"))))));
    routes.post("/reviews/{id}/suggestions", this::decide);
  }

  /** The comparison with earlier inspections: a fragment for htmx, else a page of its own. */
  private void repeats(Context ctx) {
    var view = views.insight(ctx).listRepeats().repeats(new InspectionId(ctx.pathParam("id")));
    if (ctx.header("HX-Request") != null) {
      Html.render(ctx, "partials/repeats.jte", Map.of("view", view));
    } else {
      Html.render(ctx, "pages/repeats.jte", Map.of("view", view));
    }
  }

  private void suggestions(Context ctx, Form form) {
    Optional<String> region = Params.query(ctx, "region");
    Optional<ConsolidationSuggestions> found =
        region.map(
            r ->
                views
                    .insight(ctx)
                    .suggestConsolidations()
                    .suggest(
                        new SuggestConsolidationsUseCase.Query(r, Params.query(ctx, "review"))));
    Render.page(
        ctx,
        "suggestions",
        new InsightModels.SuggestionsPage(
            found, regions.names(), region, found.flatMap(s -> planAnswering(ctx, s)), form));
  }

  /** The action plan that answers the suggestions' regional letter, if one is drafted. */
  private Optional<String> planAnswering(Context ctx, ConsolidationSuggestions suggestions) {
    return views.web(ctx).listActionPlans().list(Optional.of(suggestions.region())).stream()
        .filter(plan -> plan.reviewId().equals(Optional.of(suggestions.reviewId())))
        .map(ActionPlanOverview::id)
        .findFirst();
  }

  /** Accepts or rejects one group; the members come as "inspection#number" values. */
  private void decide(Context ctx) {
    Form form = Submission.form(ctx);
    String review = ctx.pathParam("id");
    Submission.submit(
        ctx,
        form,
        "verdict",
        Submission.Refusals.ON_MAIN_FIELD,
        () -> {
          views
              .insight(ctx)
              .decideConsolidation()
              .decide(
                  new DecideConsolidationUseCase.Command(
                      new ReviewId(review),
                      members(ctx),
                      Params.choice("verdict", form.value("verdict"), Verdict.class).orElse(null),
                      form.value("by").isBlank() ? "Web user" : form.value("by"),
                      form.value("note")));
          return "/suggestions?region="
              + URLEncoder.encode(form.value("region"), StandardCharsets.UTF_8)
              + "&review="
              + URLEncoder.encode(review, StandardCharsets.UTF_8)
              + "#group-"
              + form.value("rank");
        },
        (c, f) ->
            Render.page(
                c,
                "suggestions",
                new InsightModels.SuggestionsPage(
                    Optional.empty(),
                    regions.names(),
                    Optional.of(f.value("region")),
                    Optional.empty(),
                    f)));
  }

  private static List<RecommendationRef> members(Context ctx) {
    return ctx.formParams("member").stream()
        .map(
            m -> {
              int hash = m.lastIndexOf('#');
              if (hash < 1) {
                throw new InvalidValueException("members", "not a recommendation: " + m);
              }
              return new RecommendationRef(
                  new InspectionId(m.substring(0, hash)),
                  Params.integer("members", m.substring(hash + 1)).orElse(0));
            })
        .toList();
  }
}
