package org.probationinspections.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.ConsolidationSuggestions;
import org.probationinspections.application.insight.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.OverrideThemesUseCase;
import org.probationinspections.application.insight.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.consolidation.Verdict;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/** The insight pages: recommendations by theme, the PDU × theme heatmap, theme overrides. */
public final class InsightPageRoutes {

  private final AsAtViews views;
  private final ListRegionsUseCase regions;

  public InsightPageRoutes(AsAtViews views, ListRegionsUseCase regions) {
    this.views = views;
    this.regions = regions;
  }

  public void register(Routes routes) {
    routes.get("/recommendations", this::recommendations);
    routes.get("/themes", this::themes);
    routes.get(
        "/inspections/{id}/recommendations/{n}/themes",
        ctx -> themeForm(ctx, recommendation(ctx), Form.empty()));
    routes.post("/inspections/{id}/recommendations/{n}/themes", this::saveThemes);
    routes.get("/suggestions", ctx -> suggestions(ctx, Form.empty()));
    routes.get("/inspections/{id}/repeats", this::repeats);
    routes.get(
        "/action-plans/{id}/due",
        ctx ->
            ctx.render(
                "partials/planDue.jte",
                Map.of(
                    "due",
                    views
                        .insight(ctx)
                        .planDue()
                        .due(
                            new org.probationinspections.domain.plan.ActionPlanId(
                                ctx.pathParam("id"))))));
    routes.post("/reviews/{id}/suggestions", this::decide);
  }

  private void recommendations(Context ctx) {
    Optional<String> q = Params.query(ctx, "q");
    Optional<String> level = Params.query(ctx, "level");
    Optional<String> region = Params.query(ctx, "region");
    Optional<String> pdu = Params.query(ctx, "pdu");
    Optional<String> theme = Params.query(ctx, "theme");
    Optional<AddresseeLevel> levelFilter =
        Params.choice("level", level.orElse(null), AddresseeLevel.class);
    List<String> words =
        q.map(text -> Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\s+"))).orElse(List.of());
    List<ThemedRecommendationView> rows =
        views
            .insight(ctx)
            .listThemedRecommendations()
            .list(new ListThemedRecommendationsUseCase.Query(region, pdu, theme))
            .stream()
            .filter(r -> levelFilter.map(l -> l == r.addressee().level()).orElse(true))
            .filter(
                r -> {
                  String text = (r.text() + " " + r.addressee().name()).toLowerCase(Locale.ROOT);
                  return words.stream().allMatch(text::contains);
                })
            .toList();
    render(
        ctx,
        "recommendations",
        new InsightModels.RecommendationsPage(
            rows,
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
    render(
        ctx,
        "themes",
        new InsightModels.ThemesPage(
            views.insight(ctx).themeHeatmap().heatmap(region), regions.names(), region));
  }

  /** The comparison with earlier inspections: a fragment for htmx, else a page of its own. */
  private void repeats(Context ctx) {
    var view = views.insight(ctx).listRepeats().repeats(new InspectionId(ctx.pathParam("id")));
    if (ctx.header("HX-Request") != null) {
      ctx.render("partials/repeats.jte", Map.of("view", view));
    } else {
      ctx.render("pages/repeats.jte", Map.of("view", view));
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
    render(
        ctx,
        "suggestions",
        new InsightModels.SuggestionsPage(
            found, regions.names(), region, found.flatMap(s -> planAnswering(ctx, s)), form));
  }

  /** The action plan that answers the suggestions' regional letter, if one is drafted. */
  private Optional<String> planAnswering(Context ctx, ConsolidationSuggestions suggestions) {
    var web = views.web(ctx);
    return web.listActionPlans().list(Optional.of(suggestions.region())).stream()
        .map(overview -> web.getActionPlan().get(new ActionPlanId(overview.id())))
        .filter(plan -> plan.reviewId().equals(Optional.of(suggestions.reviewId())))
        .map(plan -> plan.id().orElseThrow())
        .findFirst();
  }

  /** Accepts or rejects one group; the members come as "inspection#number" values. */
  private void decide(Context ctx) {
    Form form = new Form(ctx.formParamMap());
    String review = ctx.pathParam("id");
    try {
      List<RecommendationRef> members =
          ctx.formParams("member").stream()
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
      views
          .insight(ctx)
          .decideConsolidation()
          .decide(
              new DecideConsolidationUseCase.Command(
                  new ReviewId(review),
                  members,
                  Params.choice("verdict", form.value("verdict"), Verdict.class).orElse(null),
                  form.value("by").isBlank() ? "Web user" : form.value("by"),
                  form.value("note")));
      ctx.redirect(
          "/suggestions?region="
              + java.net.URLEncoder.encode(
                  form.value("region"), java.nio.charset.StandardCharsets.UTF_8)
              + "&review="
              + java.net.URLEncoder.encode(review, java.nio.charset.StandardCharsets.UTF_8)
              + "#group-"
              + form.value("rank"),
          HttpStatus.SEE_OTHER);
    } catch (NotFoundException e) {
      throw e;
    } catch (DomainException e) {
      form.reject("verdict", e.getMessage());
      ctx.status(422);
      render(
          ctx,
          "suggestions",
          new InsightModels.SuggestionsPage(
              Optional.empty(),
              regions.names(),
              Optional.of(form.value("region")),
              Optional.empty(),
              form));
    }
  }

  private void saveThemes(Context ctx) {
    Form form = new Form(ctx.formParamMap());
    boolean backToRules = "rules".equals(form.value("use"));
    List<String> chosen = ctx.formParams("theme");
    try {
      views
          .insight(ctx)
          .overrideThemes()
          .override(
              new OverrideThemesUseCase.Command(
                  new InspectionId(ctx.pathParam("id")),
                  Params.pathInt(ctx, "n"),
                  backToRules ? Optional.empty() : Optional.of(chosen),
                  form.value("by", "Web user").isBlank() ? "Web user" : form.value("by"),
                  form.value("note")));
      ctx.redirect(
          "/inspections/"
              + ctx.pathParam("id")
              + "/recommendations/"
              + ctx.pathParam("n")
              + "/themes",
          HttpStatus.SEE_OTHER);
    } catch (NotFoundException e) {
      throw e;
    } catch (DomainException e) {
      form.reject("theme", e.getMessage());
      ctx.status(422);
      themeForm(ctx, recommendation(ctx), form);
    }
  }

  private void themeForm(Context ctx, ThemedRecommendationView rec, Form form) {
    render(
        ctx,
        "recommendationThemes",
        new InsightModels.RecommendationThemesPage(
            rec, views.insight(ctx).listThemes().list(), form));
  }

  private ThemedRecommendationView recommendation(Context ctx) {
    String inspection = ctx.pathParam("id");
    int number = Params.pathInt(ctx, "n");
    return views
        .insight(ctx)
        .listThemedRecommendations()
        .list(ListThemedRecommendationsUseCase.Query.all())
        .stream()
        .filter(r -> r.inspectionId().equals(inspection) && r.number() == number)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Recommendation", inspection + " " + number));
  }

  private static void render(Context ctx, String page, Object model) {
    ctx.render("pages/" + page + ".jte", Map.of("page", model));
  }
}
