package org.probationinspections.persistence.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.PublishedRatings;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.Score;

/** The shipped framework file reproduces every published figure of the seed documents. */
class JsonFrameworkCatalogTest {

  private final Framework framework = shipped("hmip-probation-pdu-2021");

  private static Framework shipped(String id) {
    return JsonFrameworkCatalog.shipped().find(new FrameworkId(id)).orElseThrow();
  }

  @Test
  void cheshireWest_keyQuestionTablesGiveThePublishedRatings() {
    assertEquals(Rating.INADEQUATE, framework.rateFromKeyQuestions(List.of(71, 76, 32)));
    assertEquals(Rating.INADEQUATE, framework.rateFromKeyQuestions(List.of(68, 68, 38)));
    assertEquals(Rating.INADEQUATE, framework.rateFromKeyQuestions(List.of(53, 35, 41)));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, framework.rateFromKeyQuestions(List.of(74, 74, 59)));
  }

  /**
   * The North West rating tables as the regional letter's annexe two prints them (Cumbria's table
   * is cut after 2.2 in the extracted text; its score of 6/27 leaves 2.3 to 2.5 Inadequate).
   */
  @ParameterizedTest(name = "{0}: {2}/{3} {4}")
  @CsvSource({
    // PDU, the ratings of 1.1 to 1.4 and 2.1 to 2.5, the score, its maximum, the overall rating
    "Cheshire West, RI G RI G NR I I I RI, 7, 24, REQUIRES_IMPROVEMENT",
    "Blackburn with Darwen, RI G RI RI I RI G RI RI, 10, 27, REQUIRES_IMPROVEMENT",
    "Knowsley and St Helens, I RI I RI NR I I I I, 2, 24, INADEQUATE",
    "Liverpool North, I RI RI RI NR I I I RI, 4, 24, INADEQUATE",
    "Cumbria, RI G RI RI RI I I I I, 6, 27, REQUIRES_IMPROVEMENT"
  })
  void northWest_ratingTablesGiveThePublishedScoreAndOverallRating(
      String pdu, String published, int score, int maximum, Rating overall) {
    Map<String, Rating> ratings = PublishedRatings.of(PublishedRatings.PDU_STANDARDS, published);
    Score computed = framework.score(ratings);
    assertEquals(new Score(score, maximum), computed, pdu);
    assertEquals(overall, framework.overallRating(computed), pdu);
  }

  /**
   * The two published applications of the leadership rules: the case supervision of Cheshire West
   * and of Knowsley and St Helens, the leadership rating the rule refuses, the rule, and the best
   * leadership rating it allows.
   */
  static Stream<Arguments> publishedApplicationsOfTheDecisionRules() {
    return Stream.of(
        Arguments.of(
            PublishedRatings.cheshireWestCaseSupervision(),
            Rating.GOOD,
            "leadership-limited-by-inadequate-case-supervision",
            Rating.REQUIRES_IMPROVEMENT),
        Arguments.of(
            PublishedRatings.knowsleyCaseSupervision(),
            Rating.REQUIRES_IMPROVEMENT,
            "leadership-inadequate-when-all-case-supervision-inadequate",
            Rating.INADEQUATE));
  }

  @ParameterizedTest
  @MethodSource("publishedApplicationsOfTheDecisionRules")
  void decisionRules_reproduceTheirTwoPublishedApplications(
      Map<String, Rating> caseSupervision, Rating refused, String rule, Rating allowed) {
    assertEquals(rule, framework.rulesBrokenBy("1.1", refused, caseSupervision).get(0).id());
    assertTrue(framework.rulesBrokenBy("1.1", allowed, caseSupervision).isEmpty());
  }

  @Test
  void theShippedCatalogue_listsAFrameworkPerProgramme() {
    assertEquals(
        List.of(
            "hmip-probation-dynamic-2025",
            "hmip-probation-national-2025",
            "hmip-probation-pdu-2021",
            "hmip-probation-pdu-2023",
            "hmip-probation-region-2023"),
        JsonFrameworkCatalog.shipped().all().stream().map(f -> f.id().value()).sorted().toList());
  }

  @Test
  void pdu2023_ratesSevenStandardsOutOf21() {
    Framework pdu2023 = shipped("hmip-probation-pdu-2023");
    assertEquals(
        List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4"),
        pdu2023.standards().stream().map(s -> s.code()).toList());
    assertEquals(Rating.INADEQUATE, pdu2023.rateFromKeyQuestions(List.of(71, 76, 32)));
    Map<String, Rating> allGood = new LinkedHashMap<>();
    pdu2023.standards().forEach(s -> allGood.put(s.code(), Rating.GOOD));
    assertEquals(new Score(14, 21), pdu2023.score(allGood));
    assertTrue(pdu2023.overallBandsAssumed(21), "the 21-point bands are not published");
    assertTrue(framework.overallBandsAssumed(27), "nor the 27-point ones");
  }

  @Test
  void region2023_ratesEightStandards() {
    assertEquals(8, shipped("hmip-probation-region-2023").standards().size());
  }

  @ParameterizedTest(name = "{0}: {1}/{2} → {3}")
  @CsvSource({
    // The PDU framework's bands assumed: 0-3, 4-11, 12-17, 18-21 (the 27-point starts scaled and
    // rounded down).
    "hmip-probation-pdu-2023, 3, 21, INADEQUATE",
    "hmip-probation-pdu-2023, 4, 21, REQUIRES_IMPROVEMENT",
    "hmip-probation-pdu-2023, 11, 21, REQUIRES_IMPROVEMENT",
    "hmip-probation-pdu-2023, 12, 21, GOOD",
    "hmip-probation-pdu-2023, 17, 21, GOOD",
    "hmip-probation-pdu-2023, 18, 21, OUTSTANDING",
    // The regional framework has bands for eight, seven or six rated standards.
    "hmip-probation-region-2023, 5, 24, REQUIRES_IMPROVEMENT",
    "hmip-probation-region-2023, 12, 21, GOOD",
    "hmip-probation-region-2023, 10, 18, GOOD"
  })
  void the2023Frameworks_placeAScoreInTheirOverallBands(
      String framework, int score, int maximum, Rating expected) {
    assertEquals(expected, shipped(framework).overallRating(new Score(score, maximum)));
  }

  @Test
  void dynamicInspections_areUnrated() {
    Framework dynamic = shipped("hmip-probation-dynamic-2025");
    assertTrue(!dynamic.isRated());
    assertEquals(new Score(0, 0), dynamic.score(Map.of()));
    assertTrue(framework.isRated());
  }

  @Test
  void aSecondFrameworkIsAddedByDroppingItsFileInADirectory() throws URISyntaxException {
    Path extra = Path.of(getClass().getResource("/frameworks-extra").toURI());
    JsonFrameworkCatalog catalog = JsonFrameworkCatalog.load(List.of(extra));
    assertEquals(JsonFrameworkCatalog.shipped().all().size() + 1, catalog.all().size());
    Framework youth = catalog.find(new FrameworkId("test-youth-2022")).orElseThrow();
    assertEquals(Rating.GOOD, youth.rateFromKeyQuestions(List.of(75)));
    Score score = youth.score(Map.of("A", Rating.GOOD, "B", Rating.GOOD, "C", Rating.INADEQUATE));
    assertEquals(new Score(4, 9), score);
    assertEquals(Rating.REQUIRES_IMPROVEMENT, youth.overallRating(score));
    assertFalse(youth.overallBandsAssumed(9), "a file that does not mark its bands assumed");
    assertEquals(
        "governance-limited-by-inadequate-assessment",
        youth.rulesBrokenBy("A", Rating.OUTSTANDING, Map.of("C", Rating.INADEQUATE)).get(0).id());
  }

  @Test
  void aFrameworkFileWithGappedBands_isRefusedNamingTheFile(@TempDir Path dir)
      throws IOException, URISyntaxException {
    String valid =
        Files.readString(
            Path.of(getClass().getResource("/frameworks-extra/test-youth-2022.json").toURI()));
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, valid.replace("{\"min\": 3, \"max\": 5", "{\"min\": 4, \"max\": 5"));
    InvalidValueException error =
        assertThrows(InvalidValueException.class, () -> JsonFrameworkCatalog.load(List.of(dir)));
    assertTrue(error.getMessage().contains("broken.json"), error.getMessage());
    assertTrue(error.getMessage().contains("score 3"), error.getMessage());
  }
}
