package org.probationinspections.application.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.probationinspections.application.importing.reading.RecommendationMatcher;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.domain.consolidation.Candidate;
import org.probationinspections.domain.consolidation.Consolidator;
import org.probationinspections.domain.consolidation.SuggestedGroup;

/**
 * The North West letter's 52 recommendations and the groupings its published action plan made
 * (every item answering more than one recommendation), to score consolidation suggestions pair by
 * pair: precision is the share of suggested pairs the plan also grouped, recall the share of the
 * plan's pairs suggested. A part of the plan is chosen by its item numbers: the suggestions are
 * then made over the recommendations those items answer, and scored against their groupings only.
 */
public final class NorthWestGroupings {

  /** One recommendation, keyed {@code PDU number}, and the number of the plan item answering it. */
  private record Answered(Candidate candidate, int item) {}

  private final List<Answered> answered = new ArrayList<>();

  public NorthWestGroupings() {
    RegionalReviewDocument letter = SeedDocuments.northWestLetter();
    Map<String, List<RecommendationDocument>> known = SeedDocuments.recommendationsByPdu(letter);
    ActionPlanDocument plan =
        new RecommendationMatcher().resolvePlan(SeedDocuments.northWestPlan(), known).plan();
    Map<String, Integer> itemOf = new java.util.HashMap<>();
    for (ItemDocument item : plan.items()) {
      for (AnswerDocument answer : item.answers()) {
        itemOf.put(
            answer.pdu().orElseThrow() + " " + answer.recommendationNumber().orElseThrow(),
            item.number());
      }
    }
    for (InspectionDocument inspection : letter.inspections()) {
      for (RecommendationDocument rec : inspection.recommendations()) {
        String key = inspection.pdu() + " " + rec.number();
        Integer item = itemOf.get(key);
        if (item == null) {
          throw new IllegalStateException("no item of the plan answers " + key);
        }
        answered.add(new Answered(new Candidate(key, inspection.pdu(), rec.text()), item));
      }
    }
  }

  /** The whole plan. */
  public static final IntPredicate WHOLE_PLAN = item -> true;

  /** What a consolidator suggested on a part of the plan, and how it scores there. */
  public record Score(
      int recommendations,
      List<SuggestedGroup> groups,
      Set<Set<String>> suggested,
      Set<Set<String>> truth,
      List<Integer> mergedItems) {

    public Set<Set<String>> right() {
      Set<Set<String>> right = new HashSet<>(suggested);
      right.retainAll(truth);
      return right;
    }

    public double precision() {
      return suggested.isEmpty() ? 0 : (double) right().size() / suggested.size();
    }

    public double recall() {
      return truth.isEmpty() ? 0 : (double) right().size() / truth.size();
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The figures, the groups with their shared words, the pairs missed and the pairs wrong. */
    public String report(String part) {
      StringBuilder report = new StringBuilder();
      report.append(
          String.format(
              "%s: %d recommendations, %d suggested groups, %d suggested pairs, %d pairs in the"
                  + " plan's merged items %s; %d right: pairwise precision %.2f, recall %.2f%n",
              part,
              recommendations,
              groups.size(),
              suggested.size(),
              truth.size(),
              mergedItems,
              right().size(),
              precision(),
              recall()));
      for (SuggestedGroup g : groups) {
        report.append(String.format("  %.2f %s %s%n", g.similarity(), g.keys(), g.sharedWords()));
      }
      Set<Set<String>> missed = new HashSet<>(truth);
      missed.removeAll(suggested);
      report.append("  missed pairs: ").append(missed).append('\n');
      Set<Set<String>> wrong = new HashSet<>(suggested);
      wrong.removeAll(truth);
      report.append("  pairs the plan did not group: ").append(wrong).append('\n');
      return report.toString();
    }
  }

  /** Suggestions over the recommendations the plan's items {@code part} answer, scored there. */
  public Score score(Consolidator consolidator, IntPredicate part) {
    List<Answered> chosen = answered.stream().filter(a -> part.test(a.item())).toList();
    Set<Set<String>> truth = new HashSet<>();
    List<Integer> merged = new ArrayList<>();
    chosen.stream()
        .map(Answered::item)
        .distinct()
        .sorted()
        .forEach(
            item -> {
              List<String> keys =
                  chosen.stream()
                      .filter(a -> a.item() == item)
                      .map(a -> a.candidate().key())
                      .toList();
              if (keys.size() > 1) {
                merged.add(item);
                truth.addAll(KeyPairs.of(keys));
              }
            });
    List<SuggestedGroup> groups =
        consolidator.suggest(chosen.stream().map(Answered::candidate).toList());
    Set<Set<String>> suggested = new HashSet<>();
    groups.forEach(g -> suggested.addAll(KeyPairs.of(g.keys())));
    return new Score(chosen.size(), groups, suggested, truth, merged);
  }
}
