package org.probationinspections.application.insight;

import org.probationinspections.application.insight.port.in.ConsolidationSuggestions;
import org.probationinspections.application.insight.port.in.DecideConsolidationUseCase;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.consolidation.ConsolidationDecision;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.RegionalReview;

/**
 * Stores a decision on a group of a review's recommendations; every member must be a recommendation
 * of an inspection the review covers.
 */
record DecideConsolidationService(
    ReviewRepository reviews,
    InspectionRepository inspections,
    ConsolidationDecisionRepository decisions,
    SuggestConsolidationsService suggestions,
    Directory directory,
    Clock clock,
    CurrentActor actor)
    implements DecideConsolidationUseCase {

  @Override
  public ConsolidationSuggestions decide(Command command) {
    RegionalReview review = reviews.get(command.review());
    // Deciding how a region answers its letter is for that region's plan: its providers,
    // or the inspectorate.
    actor.actor().requirePlanOf(review.regionId());
    for (RecommendationRef member : command.members()) {
      if (!review.covers(member.inspectionId())
          || inspections
              .findById(member.inspectionId())
              .flatMap(i -> i.findRecommendation(member.number()))
              .isEmpty()) {
        throw new InvalidValueException(
            "members",
            "recommendation "
                + member.number()
                + " of inspection "
                + member.inspectionId().value()
                + " is not one of this review's");
      }
    }
    decisions.save(
        new ConsolidationDecision(
            review.id(),
            command.members(),
            command.verdict(),
            actor.actor().name(),
            command.note(),
            clock.now()));
    return suggestions.suggestionsFor(review, directory.region(review.regionId()));
  }
}
