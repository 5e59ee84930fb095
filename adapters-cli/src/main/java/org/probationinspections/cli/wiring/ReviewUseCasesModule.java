package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dagger.Reusable;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.review.ReviewServices;
import org.probationinspections.application.review.port.in.GetRegionalReviewUseCase;
import org.probationinspections.application.review.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.application.review.port.in.ListUnansweredRecommendationsUseCase;
import org.probationinspections.application.review.port.in.PublishRegionalReviewUseCase;

/** Provides each use case of regional letters by its interface. */
@Module
final class ReviewUseCasesModule {

  private ReviewUseCasesModule() {}

  @Provides
  @Reusable
  static ReviewServices services(Core core) {
    return core.reviews();
  }

  @Provides
  static PublishRegionalReviewUseCase publishRegionalReview(ReviewServices services) {
    return services.publishRegionalReview();
  }

  @Provides
  static ListRegionalReviewsUseCase listRegionalReviews(ReviewServices services) {
    return services.listRegionalReviews();
  }

  @Provides
  static GetRegionalReviewUseCase getRegionalReview(ReviewServices services) {
    return services.getRegionalReview();
  }

  @Provides
  static ListUnansweredRecommendationsUseCase listUnansweredRecommendations(
      ReviewServices services) {
    return services.listUnansweredRecommendations();
  }
}
