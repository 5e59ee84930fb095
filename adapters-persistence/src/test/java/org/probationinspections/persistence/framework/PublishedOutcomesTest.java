package org.probationinspections.persistence.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.Score;
import org.probationinspections.domain.framework.StandardDefinition;

/**
 * The shipped PDU frameworks held against the real published outcomes of 2022–2025 ({@code
 * data/published-outcomes.json} beside the seeds): each outcome under the framework of its
 * programme. Where every rated standard is known (or the score is), the overall rating is computed;
 * where only some are, the published rating must be one the unknown standards could give. Every
 * disagreement is listed below; a new one, or a listed one that goes away, fails.
 */
class PublishedOutcomesTest {

  /** The disagreements with the published record, as this test prints them. */
  private static final List<String> KNOWN_DISAGREEMENTS = List.of();

  private static final String SINCE_OCTOBER_2023 = "PDU inspections from October 2023";

  private final JsonFrameworkCatalog catalog = JsonFrameworkCatalog.shipped();

  @Test
  void everyOutcomeWithKnownRatingsAgreesWithTheFrameworkOfItsProgramme() throws IOException {
    JsonNode outcomes =
        new ObjectMapper()
            .readTree(Files.readString(Seeds.besideTheSeeds("data", "published-outcomes.json")));
    List<String> disagreements = new ArrayList<>();
    int computed = 0;
    int bounded = 0;
    for (JsonNode outcome : outcomes.get("inspections")) {
      boolean since2023 = SINCE_OCTOBER_2023.equals(outcome.get("programme").asText());
      Framework framework =
          catalog
              .find(
                  new FrameworkId(
                      since2023 ? "hmip-probation-pdu-2023" : "hmip-probation-pdu-2021"))
              .orElseThrow();
      Map<String, Rating> known = new HashMap<>();
      outcome
          .get("standardRatings")
          .fields()
          .forEachRemaining(
              e -> known.put(codeOf(framework, e.getKey()), Rating.valueOf(e.getValue().asText())));
      if (known.isEmpty() && outcome.get("score").isNull()) {
        continue;
      }
      Rating published = Rating.valueOf(outcome.get("overallRating").asText());
      Set<Rating> possible = possibleOverallRatings(framework, known, outcome.get("score"));
      String label =
          outcome.get("pdu").asText()
              + " ("
              + outcome.get("published").asText()
              + ", "
              + framework.id()
              + ")";
      if (possible.size() == 1) {
        computed++;
      } else {
        bounded++;
      }
      System.out.println(label + ": published " + published + ", rules allow " + possible);
      if (!possible.contains(published)) {
        disagreements.add(label + ": published " + published + ", rules allow " + possible);
      }
    }
    System.out.println(
        computed
            + " outcomes computed, "
            + bounded
            + " bounded; disagreements: "
            + (disagreements.isEmpty() ? "none" : String.join("; ", disagreements)));
    assertTrue(computed >= 5, "the outcomes with every rating or the score known are computed");
    assertTrue(bounded >= 5, "the outcomes with some ratings known are bounded");
    assertEquals(KNOWN_DISAGREEMENTS, disagreements);
  }

  /**
   * The overall ratings the framework gives for any ratings of the standards the outcome leaves
   * unknown (court work of the 2021 framework may also be not rated), or for its published score.
   */
  private static Set<Rating> possibleOverallRatings(
      Framework framework, Map<String, Rating> known, JsonNode publishedScore) {
    Set<Rating> possible = EnumSet.noneOf(Rating.class);
    int best = framework.scoreOf(Rating.OUTSTANDING);
    List<Boolean> courtWorkRated =
        framework.findStandard("2.1").filter(s -> s.name().equals("Court work")).isPresent()
                && !known.containsKey("2.1")
            ? List.of(true, false)
            : List.of(true);
    for (boolean withCourtWork : courtWorkRated) {
      int lowest = 0;
      int highest = 0;
      int maximum = 0;
      for (StandardDefinition standard : framework.standards()) {
        boolean rated =
            standard.isRated() && (withCourtWork || !standard.name().equals("Court work"));
        if (!rated) {
          continue;
        }
        maximum += best;
        Rating rating = known.get(standard.code());
        lowest += rating == null ? framework.scoreOf(Rating.INADEQUATE) : framework.scoreOf(rating);
        highest += rating == null ? best : framework.scoreOf(rating);
      }
      if (!publishedScore.isNull()) {
        lowest = publishedScore.asInt();
        highest = publishedScore.asInt();
      }
      for (int score = lowest; score <= Math.min(highest, maximum); score++) {
        possible.add(framework.overallRating(new Score(score, maximum)));
      }
    }
    return possible;
  }

  private static String codeOf(Framework framework, String name) {
    return framework.standards().stream()
        .filter(standard -> standard.name().equals(name))
        .map(StandardDefinition::code)
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not a standard of " + framework.id()));
  }
}
