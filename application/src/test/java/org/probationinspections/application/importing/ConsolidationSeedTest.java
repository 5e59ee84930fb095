package org.probationinspections.application.importing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.testing.KeyPairs;
import org.probationinspections.application.testing.SeedDocuments;
import org.probationinspections.domain.consolidation.Candidate;
import org.probationinspections.domain.consolidation.Consolidator;
import org.probationinspections.domain.consolidation.SuggestedGroup;

/**
 * The consolidation suggestions for the North West letter's 52 recommendations, scored against the
 * groupings its published action plan made (every item answering more than one recommendation),
 * pair by pair: precision is the share of suggested pairs the plan also grouped, recall the share
 * of the plan's pairs suggested.
 */
class ConsolidationSeedTest {

  @Test
  void northWestSuggestions_reproduceThePublishedPlansMergedItems() {
    RegionalReviewDocument letter = SeedDocuments.northWestLetter();
    Map<String, List<RecommendationDocument>> known = SeedDocuments.recommendationsByPdu(letter);
    List<Candidate> candidates = new ArrayList<>();
    for (InspectionDocument inspection : letter.inspections()) {
      for (RecommendationDocument rec : inspection.recommendations()) {
        candidates.add(
            new Candidate(inspection.pdu() + " " + rec.number(), inspection.pdu(), rec.text()));
      }
    }
    ActionPlanDocument plan =
        new RecommendationMatcher().resolvePlan(SeedDocuments.northWestPlan(), known).plan();

    Set<Set<String>> truth = new HashSet<>();
    List<Integer> mergedItems = new ArrayList<>();
    for (ItemDocument item : plan.items()) {
      List<String> keys = new ArrayList<>();
      for (AnswerDocument answer : item.answers()) {
        keys.add(answer.pdu().orElseThrow() + " " + answer.recommendationNumber().orElseThrow());
      }
      if (keys.size() > 1) {
        mergedItems.add(item.number());
        truth.addAll(KeyPairs.of(keys));
      }
    }
    List<SuggestedGroup> groups = new Consolidator().suggest(candidates);
    Set<Set<String>> suggested = new HashSet<>();
    groups.forEach(g -> suggested.addAll(KeyPairs.of(g.keys())));

    Set<Set<String>> right = new HashSet<>(suggested);
    right.retainAll(truth);
    double precision = suggested.isEmpty() ? 0 : (double) right.size() / suggested.size();
    double recall = (double) right.size() / truth.size();
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "Consolidation on the North West seeds: %d suggested groups, %d suggested pairs,"
                + " %d pairs in the published plan's merged items %s; pairwise precision %.2f,"
                + " recall %.2f%n",
            groups.size(), suggested.size(), truth.size(), mergedItems, precision, recall));
    for (SuggestedGroup g : groups) {
      report.append(String.format("  %.2f %s %s%n", g.similarity(), g.keys(), g.sharedWords()));
    }
    Set<Set<String>> missed = new HashSet<>(truth);
    missed.removeAll(suggested);
    report.append("  missed pairs: ").append(missed).append('\n');
    Set<Set<String>> wrong = new HashSet<>(suggested);
    wrong.removeAll(truth);
    report.append("  pairs the plan did not group: ").append(wrong).append('\n');
    System.out.println(report);

    assertTrue(recall >= 0.7, report.toString());
    assertTrue(precision >= 0.6, report.toString());
  }
}
