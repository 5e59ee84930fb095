package org.probationinspections.application.importing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.probationinspections.application.testing.NorthWestGroupings;
import org.probationinspections.domain.consolidation.Consolidator;

/**
 * The consolidation suggestions for the North West letter's 52 recommendations with the domain's
 * own light stemming (what runs when no text library is wired), scored against the groupings its
 * published action plan made. The text library's figures are in the persistence adapter's {@code
 * ConsolidationScoreTest}.
 */
class ConsolidationSeedTest {

  @Test
  void northWestSuggestions_withLightStemming_reproduceMostOfThePublishedPlansMergedItems() {
    NorthWestGroupings.Score score =
        new NorthWestGroupings().score(new Consolidator(), NorthWestGroupings.WHOLE_PLAN);
    String report = score.report("Consolidation on the North West seeds, light stemming");
    System.out.println(report);

    assertTrue(score.recall() >= 0.7, report);
    assertTrue(score.precision() >= 0.7, report);
  }
}
