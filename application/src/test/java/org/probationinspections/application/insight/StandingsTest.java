package org.probationinspections.application.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.framework.DomainDefinition;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.RatingBasis;
import org.probationinspections.domain.framework.StandardDefinition;
import org.probationinspections.domain.unit.UnitLevel;

/**
 * The fingerprint of a framework's rules, under which stored standings were computed: the same for
 * the same rules in any run (whatever order a map was filled in), another when a rule changes.
 */
class StandingsTest {

  private static Framework framework(String name, Map<Rating, Integer> scores) {
    return new Framework(
        new FrameworkId("pdu-framework"),
        name,
        UnitLevel.PDU,
        List.of(new DomainDefinition(1, "Organisational delivery")),
        List.of(new StandardDefinition("1.1", "Leadership", 1, RatingBasis.JUDGEMENT, List.of())),
        List.of(),
        scores,
        List.of(),
        List.of());
  }

  /** A score for each rating, filled in the order given; Good scores {@code good}. */
  private static Map<Rating, Integer> scores(List<Rating> order, int good) {
    Map<Rating, Integer> scores = new LinkedHashMap<>();
    for (Rating rating : order) {
      scores.put(rating, rating == Rating.GOOD ? good : rating.ordinal());
    }
    return scores;
  }

  private static final List<Rating> BEST_FIRST =
      List.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, Rating.INADEQUATE);

  private static final List<Rating> WORST_FIRST =
      List.of(Rating.INADEQUATE, Rating.REQUIRES_IMPROVEMENT, Rating.GOOD, Rating.OUTSTANDING);

  @Test
  void sameRules_sameFingerprint_whateverTheOrderOfTheScoresOrTheName() {
    String one = Standings.rules(framework("One", scores(BEST_FIRST, 2)));
    String other = Standings.rules(framework("Two", scores(WORST_FIRST, 2)));

    assertEquals(one, other);
    assertEquals(32, one.length());
  }

  @Test
  void aChangedScore_changesTheFingerprint() {
    assertNotEquals(
        Standings.rules(framework("One", scores(BEST_FIRST, 2))),
        Standings.rules(framework("One", scores(BEST_FIRST, 5))));
  }
}
