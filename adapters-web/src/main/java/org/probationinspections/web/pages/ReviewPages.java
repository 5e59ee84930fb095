package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.review.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;
import org.probationinspections.web.pages.Models.Forms;

/** The form on a region's page that publishes a regional letter. */
public record ReviewPages(AsAtViews views, UnitPages units) {

  public void register(Routes routes) {
    routes.post("/regions/{id}/reviews", this::publishReview);
    routes.post("/regions/{id}/flags/{flag}", this::resolveFlag);
  }

  /** A flag of one of the region's letters confirmed or corrected, from the letter's flags. */
  private void resolveFlag(Context ctx) {
    String region = ctx.pathParam("id");
    Form form = Submission.form(ctx);
    Submission.submit(
        ctx,
        form,
        "outcome",
        () -> {
          var resolved =
              FlagForms.resolve(
                  views.web(ctx).resolveFlag(), ctx.pathParam("flag"), Optional.empty(), form);
          return "/regions/" + region + "#letter-flags-" + resolved.recordId();
        },
        (c, f) -> units.region(c, Forms.of("flag", f)));
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
        (c, f) -> units.region(c, Forms.of("review", f)));
  }
}
