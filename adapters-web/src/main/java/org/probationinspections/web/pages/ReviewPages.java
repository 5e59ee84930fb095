package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.flag.port.in.FlagView;
import org.probationinspections.application.port.in.ActionPlanOverview;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.review.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.application.units.port.in.RegionName;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.pages.Models.Forms;

/** The form on a region's page that publishes a regional letter. */
public record ReviewPages(AsAtViews views, UnitPages units) {

  public void register(Routes routes) {
    routes.get("/reviews/{id}", ctx -> letter(ctx, Forms.none()));
    routes.post("/reviews/{id}/flags/{flag}", this::resolveLetterFlag);
    routes.get(
        "/regions/{id}/reviews/new", ctx -> units.regionForm(ctx, "publishLetter", Form.empty()));
    routes.post("/regions/{id}/reviews", this::publishReview);
    routes.post("/regions/{id}/flags/{flag}", this::resolveFlag);
  }

  /**
   * A regional letter's page: its region and date, the inspections it covers with their ratings and
   * recommendations, its observations, what its import guessed, and the plan that answers it.
   */
  void letter(Context ctx, Forms forms) {
    ReviewId id = new ReviewId(ctx.pathParam("id"));
    var web = views.web(ctx);
    RegionalReviewDocument letter = web.getReview().get(id);
    List<InspectionDocument> covered =
        letter.inspectionIds().stream()
            .map(inspection -> web.getInspection().get(new InspectionId(inspection)))
            .toList();
    String region =
        web.listRegions().names().stream()
            .filter(named -> named.name().equals(letter.region()))
            .map(RegionName::id)
            .findFirst()
            .orElse("");
    Optional<ActionPlanOverview> plan =
        web.listActionPlans().list(Optional.of(letter.region())).stream()
            .filter(overview -> overview.reviewId().equals(Optional.of(id.value())))
            .findFirst();
    Render.page(
        ctx,
        "review",
        new Models.ReviewPage(
            letter,
            region,
            covered,
            plan,
            web.listFlags().of(new FlaggedRecord(FlaggedRecord.Kind.REVIEW, id.value())),
            forms));
  }

  /** A flag of the letter confirmed or corrected, from the letter's page. */
  private void resolveLetterFlag(Context ctx) {
    String letter = ctx.pathParam("id");
    resolve(ctx, resolved -> "/reviews/" + letter + "#letter-flags", this::letter);
  }

  /** A flag of one of the region's letters confirmed or corrected, from the letter's flags. */
  private void resolveFlag(Context ctx) {
    String region = ctx.pathParam("id");
    resolve(
        ctx,
        resolved -> "/regions/" + region + "#letter-flags-" + resolved.recordId(),
        units::region);
  }

  /**
   * Resolves the flag the path names as the form says; then goes where {@code back} says, or shows
   * {@code page} again with the form's errors.
   */
  private void resolve(
      Context ctx,
      java.util.function.Function<FlagView, String> back,
      java.util.function.BiConsumer<Context, Forms> page) {
    Form form = Submission.form(ctx);
    Submission.submit(
        ctx,
        form,
        "outcome",
        () ->
            back.apply(
                FlagForms.resolve(
                    views.web(ctx).resolveFlag(), ctx.pathParam("flag"), Optional.empty(), form)),
        (c, f) -> page.accept(c, Forms.of("flag", f)));
  }

  private void publishReview(Context ctx) {
    String region = ctx.pathParam("id");
    Form form = Submission.form(ctx);
    List<InspectionId> covered =
        ctx.formParams("inspection").stream().map(InspectionId::new).toList();
    Submission.submit(
        ctx,
        form,
        "inspections",
        () -> {
          views
              .web(ctx)
              .publishReview()
              .publish(
                  new PublishRegionalReviewUseCase.Command(
                      region,
                      Params.date("date", form.value("date")).orElse(null),
                      covered,
                      List.of()));
          return "/regions/" + region;
        },
        (c, f) -> units.regionForm(c, "publishLetter", f));
  }
}
