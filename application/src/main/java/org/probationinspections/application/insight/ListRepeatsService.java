package org.probationinspections.application.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.probationinspections.application.insight.port.in.ListRepeatsUseCase;
import org.probationinspections.application.insight.port.in.RepeatsView;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.consolidation.Candidate;
import org.probationinspections.domain.consolidation.RepeatMatcher;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.StandardDefinition;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.inspection.StandardResult;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanItem;
import org.probationinspections.domain.plan.ProgressCounts;
import org.probationinspections.domain.plan.RecommendationRef;

/** Links a re-inspection's recommendations to the PDU's earlier ones and their plan outcomes. */
record ListRepeatsService(
    InspectionRepository inspections,
    ActionPlanRepository plans,
    Directory directory,
    Clock clock,
    RepeatMatcher matcher)
    implements ListRepeatsUseCase {

  @Override
  public RepeatsView repeats(InspectionId id) {
    Inspection now = inspections.get(id);
    LocalDate fieldwork = now.details().fieldworkStarted();
    List<Inspection> earlier =
        inspections.findByPdu(now.pduId()).stream()
            .filter(i -> i.details().fieldworkStarted().isBefore(fieldwork))
            .toList();
    Optional<Inspection> previous =
        earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
    List<RepeatsView.Repeat> repeats = repeats(now, earlier);
    return new RepeatsView(
        id.value(),
        directory.pdu(now.pduId()).name(),
        previous.map(p -> p.id().value()),
        previous.map(p -> p.details().fieldworkStarted()),
        previous.map(p -> standards(p, now)).orElse(List.of()),
        repeats,
        previous.map(p -> fared(p, repeats)).orElse(List.of()));
  }

  /**
   * How each recommendation of the previous inspection fared: the plan item of its region that
   * answered it, with its actions as of today, and the recommendation now that repeats it.
   */
  private List<RepeatsView.Earlier> fared(Inspection previous, List<RepeatsView.Repeat> repeats) {
    if (previous.recommendations().isEmpty()) {
      return List.of();
    }
    List<ActionPlan> regionPlans = plans.findByRegion(directory.pdu(previous.pduId()).regionId());
    LocalDate today = clock.today();
    List<RepeatsView.Earlier> fared = new ArrayList<>();
    for (Recommendation rec : previous.recommendations()) {
      OptionalInt repeatedAs =
          repeats.stream()
              .filter(
                  r ->
                      r.earlierInspectionId().equals(previous.id().value())
                          && r.earlierNumber() == rec.number())
              .mapToInt(RepeatsView.Repeat::number)
              .findFirst();
      fared.add(
          new RepeatsView.Earlier(
              rec.number(),
              rec.text(),
              outcome(regionPlans, new RecommendationRef(previous.id(), rec.number()), today),
              repeatedAs));
    }
    return fared;
  }

  private List<RepeatsView.StandardChange> standards(Inspection before, Inspection now) {
    Framework framework = directory.framework(now.frameworkId());
    Map<String, Rating> earlier = before.ratings();
    List<RepeatsView.StandardChange> changes = new ArrayList<>();
    for (StandardResult result : now.results()) {
      String name =
          framework.findStandard(result.code()).map(StandardDefinition::name).orElse(result.code());
      Optional<Rating> was =
          Optional.ofNullable(earlier.get(result.code())).filter(r -> r != Rating.NOT_RATED);
      changes.add(
          new RepeatsView.StandardChange(
              result.code(),
              name,
              was.map(Rating::name),
              result.rating().name(),
              change(was, result.rating())));
    }
    return changes;
  }

  private static String change(Optional<Rating> was, Rating now) {
    if (was.isEmpty() || now == Rating.NOT_RATED) {
      return "NOT_COMPARABLE";
    }
    int delta = score(now) - score(was.get());
    return delta > 0 ? "BETTER" : delta < 0 ? "WORSE" : "SAME";
  }

  private static int score(Rating rating) {
    return switch (rating) {
      case INADEQUATE -> 0;
      case REQUIRES_IMPROVEMENT -> 1;
      case GOOD -> 2;
      case OUTSTANDING -> 3;
      case NOT_RATED -> -1;
    };
  }

  private List<RepeatsView.Repeat> repeats(Inspection now, List<Inspection> earlier) {
    if (earlier.isEmpty()) {
      return List.of();
    }
    Map<String, Inspection> inspectionOf = new HashMap<>();
    Map<String, Recommendation> recommendationOf = new HashMap<>();
    List<Candidate> before = new ArrayList<>();
    for (Inspection inspection : earlier) {
      for (Recommendation rec : inspection.recommendations()) {
        String key = inspection.id().value() + "#" + rec.number();
        inspectionOf.put(key, inspection);
        recommendationOf.put(key, rec);
        before.add(new Candidate(key, inspection.id().value(), rec.text()));
      }
    }
    List<Candidate> current =
        now.recommendations().stream()
            .map(r -> new Candidate(String.valueOf(r.number()), now.id().value(), r.text()))
            .toList();
    List<RepeatMatcher.Repeat> found = matcher.repeats(current, before);
    // A PDU's recommendations are answered by its region's plans: only those are read, and only
    // when something repeats (every plan in the country was read before, beyond the read budget of
    // a request at a hundred times national size on SQLite).
    List<ActionPlan> regionPlans =
        found.isEmpty() ? List.of() : plans.findByRegion(directory.pdu(now.pduId()).regionId());
    LocalDate today = clock.today();
    List<RepeatsView.Repeat> repeats = new ArrayList<>();
    for (RepeatMatcher.Repeat repeat : found) {
      Recommendation rec = now.findRecommendation(Integer.parseInt(repeat.key())).orElseThrow();
      Inspection earlierInspection = inspectionOf.get(repeat.earlierKey());
      Recommendation earlierRec = recommendationOf.get(repeat.earlierKey());
      RecommendationRef ref = new RecommendationRef(earlierInspection.id(), earlierRec.number());
      repeats.add(
          new RepeatsView.Repeat(
              rec.number(),
              rec.text(),
              earlierInspection.id().value(),
              earlierInspection.details().fieldworkStarted(),
              earlierRec.number(),
              earlierRec.text(),
              Math.round(repeat.similarity() * 100) / 100.0,
              repeat.sharedWords(),
              outcome(regionPlans, ref, today)));
    }
    return repeats;
  }

  private static Optional<RepeatsView.Outcome> outcome(
      List<ActionPlan> plans, RecommendationRef ref, LocalDate today) {
    for (ActionPlan plan : plans) {
      for (ActionPlanItem item : plan.items()) {
        if (item.answers().contains(ref)) {
          ProgressCounts counts = ProgressCounts.of(item.actions(), today);
          return Optional.of(
              new RepeatsView.Outcome(
                  plan.id().value(),
                  item.number(),
                  item.response().name(),
                  item.actions().size(),
                  counts.done(),
                  counts.inProgress(),
                  counts.planned(),
                  counts.overdue()));
        }
      }
    }
    return Optional.empty();
  }
}
