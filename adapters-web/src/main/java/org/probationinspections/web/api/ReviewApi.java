package org.probationinspections.web.api;

import io.javalin.http.Context;
import java.util.List;
import org.probationinspections.application.review.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.review.Observation;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/** Regional letters: list, publish, read. */
record ReviewApi(AsAtViews views, Bodies bodies) {

  void register(Routes routes) {
    routes.get(
        "/api/reviews",
        ctx ->
            Paging.answer(
                ctx, page -> views.web(ctx).listReviews().page(Params.query(ctx, "region"), page)));
    routes.post("/api/reviews", this::publishReview);
    routes.get(
        "/api/reviews/{id}",
        ctx -> ctx.json(views.web(ctx).getReview().get(new ReviewId(ctx.pathParam("id")))));
  }

  private void publishReview(Context ctx) {
    Requests.NewReview body = bodies.read(ctx, Requests.NewReview.class);
    List<Observation> observations =
        Replies.opt(body.observations()).stream()
            .map(o -> new Observation(o.theme(), o.kind(), o.text()))
            .toList();
    ReviewId id =
        views
            .web(ctx)
            .publishReview()
            .publish(
                new PublishRegionalReviewUseCase.Command(
                    body.region(),
                    body.date(),
                    body.inspectionIds() == null
                        ? null
                        : body.inspectionIds().stream().map(InspectionId::new).toList(),
                    observations));
    Replies.created(ctx, "/api/reviews/" + id.value(), views.web(ctx).getReview().get(id));
  }
}
