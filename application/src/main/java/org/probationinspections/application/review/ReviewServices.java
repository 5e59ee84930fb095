package org.probationinspections.application.review;

import org.probationinspections.application.review.port.in.GetRegionalReviewUseCase;
import org.probationinspections.application.review.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.application.review.port.in.ListUnansweredRecommendationsUseCase;
import org.probationinspections.application.review.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Ports;

/** Builds the use cases of regional letters from the ports. */
public record ReviewServices(Ports ports) {

  private Directory directory() {
    return Directory.of(ports);
  }

  public PublishRegionalReviewUseCase publishRegionalReview() {
    var service =
        new PublishRegionalReviewService(ports.reviews(), ports.inspections(), directory());
    return command -> ports.unitOfWork().inTransaction(() -> service.publish(command));
  }

  public ListRegionalReviewsUseCase listRegionalReviews() {
    return new ListRegionalReviewsService(
        ports.reviews(),
        ports.inspections(),
        ports.inspectionSummaries(),
        directory(),
        ports.unitOfWork());
  }

  public GetRegionalReviewUseCase getRegionalReview() {
    return new GetRegionalReviewService(ports.reviews(), ports.inspections(), directory());
  }

  public ListUnansweredRecommendationsUseCase listUnansweredRecommendations() {
    var service =
        new ListUnansweredRecommendationsService(
            ports.reviews(), ports.inspections(), ports.inspectionSummaries(), directory());
    return query -> ports.unitOfWork().reading(() -> service.list(query));
  }
}
