package org.probationinspections.application.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probationinspections.application.insight.port.in.ConsolidationSuggestions;
import org.probationinspections.application.insight.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.out.ConsolidationDecisionRepository;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.consolidation.Candidate;
import org.probationinspections.domain.consolidation.ConsolidationDecision;
import org.probationinspections.domain.consolidation.Consolidator;
import org.probationinspections.domain.consolidation.SuggestedGroup;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.Region;

/** Runs the consolidator over a review's recommendations and adds the decisions taken. */
record SuggestConsolidationsService(
    ReviewRepository reviews,
    InspectionRepository inspections,
    RecommendationIndex index,
    Directory directory,
    ConsolidationDecisionRepository decisions,
    Consolidator consolidator)
    implements SuggestConsolidationsUseCase {

  @Override
  public ConsolidationSuggestions suggest(Query query) {
    Region region = directory.region(query.region());
    RegionalReview review = review(region, query.reviewId());
    return suggestionsFor(review, region);
  }

  ConsolidationSuggestions suggestionsFor(RegionalReview review, Region region) {
    List<Inspection> covered = new ArrayList<>();
    for (var id : review.inspections()) {
      inspections.findById(id).ifPresent(covered::add);
    }
    Map<String, RecommendationIndex.Entry> byKey = new LinkedHashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (RecommendationIndex.Entry entry : index.of(covered)) {
      String key = ConsolidationDecision.key(List.of(entry.ref()));
      byKey.put(key, entry);
      candidates.add(new Candidate(key, entry.pdu().id().value(), entry.recommendation().text()));
    }
    Map<String, ConsolidationDecision> decided =
        decisions.findByReview(review.id()).stream()
            .collect(
                Collectors.toMap(
                    ConsolidationDecision::groupKey, Function.identity(), (a, b) -> b));
    List<ConsolidationSuggestions.Group> groups = new ArrayList<>();
    int rank = 0;
    for (SuggestedGroup group : consolidator.suggest(candidates)) {
      List<RecommendationIndex.Entry> members = group.keys().stream().map(byKey::get).toList();
      String key = ConsolidationDecision.key(members.stream().map(e -> e.ref()).toList());
      groups.add(
          new ConsolidationSuggestions.Group(
              ++rank,
              key,
              Math.round(group.similarity() * 100) / 100.0,
              group.sharedWords(),
              members.stream().map(SuggestConsolidationsService::member).toList(),
              Optional.ofNullable(decided.get(key)).map(SuggestConsolidationsService::decision)));
    }
    return new ConsolidationSuggestions(
        review.id().value(), region.name(), review.date(), candidates.size(), groups);
  }

  RegionalReview review(Region region, Optional<String> reviewId) {
    if (reviewId.isPresent()) {
      RegionalReview review = reviews.get(new ReviewId(reviewId.get()));
      if (!review.regionId().equals(region.id())) {
        throw new InvalidValueException(
            "reviewId", "review " + reviewId.get() + " is not of " + region.name());
      }
      return review;
    }
    return reviews.findByRegion(region.id()).stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Regional review of", region.name()));
  }

  private static ConsolidationSuggestions.Member member(RecommendationIndex.Entry e) {
    return new ConsolidationSuggestions.Member(
        e.inspection().id().value(),
        e.pdu().name(),
        e.recommendation().number(),
        new AddresseeDocument(
            e.recommendation().addressee().level(), e.recommendation().addressee().name()),
        e.recommendation().text());
  }

  private static ConsolidationSuggestions.Decision decision(ConsolidationDecision d) {
    return new ConsolidationSuggestions.Decision(
        d.verdict().name(), d.by(), d.note(), d.at().toString());
  }

  static RecommendationRef ref(RecommendationIndex.Entry e) {
    return e.ref();
  }
}
