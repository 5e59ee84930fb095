package org.probationinspections.application.importing.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.testing.SeedDocuments;
import org.probationinspections.domain.inspection.AddresseeLevel;

class RecommendationMatcherSeedTest {

  /** One wording made twice, to the PDU (number 1) and to its region (number 2). */
  private static final Map<String, List<RecommendationDocument>> TYNESIDE_VETTING_TWICE =
      Map.of(
          "Tyneside",
          List.of(
              new RecommendationDocument(
                  1,
                  new AddresseeDocument(AddresseeLevel.PDU, "Tyneside"),
                  "improve the vetting of staff"),
              new RecommendationDocument(
                  2,
                  new AddresseeDocument(AddresseeLevel.REGION, "North East"),
                  "improve the vetting of staff")));

  @Test
  void northWestPlan_answersEachOfTheLettersFiftyTwoRecommendationsExactlyOnce() {
    RegionalReviewDocument letter = SeedDocuments.northWestLetter();
    ActionPlanDocument plan = SeedDocuments.northWestPlan();
    Map<String, List<RecommendationDocument>> known = SeedDocuments.recommendationsByPdu(letter);

    RecommendationMatcher.ParsedPlan resolved =
        new RecommendationMatcher().resolvePlan(plan, known);

    assertEquals(List.of(), resolved.problems());
    assertEquals(1, resolved.guesses().size(), resolved.guesses().toString());
    assertTrue(resolved.guesses().get(0).startsWith("item 35:"));
    long answered =
        resolved.plan().items().stream()
            .flatMap(item -> item.answers().stream())
            .filter(answer -> answer.recommendationNumber().isPresent())
            .count();
    assertEquals(52, answered);
    assertEquals(
        List.of(
            "Knowsley and St Helens 2",
            "Knowsley and St Helens 3",
            "Liverpool North 2",
            "Liverpool North 3"),
        numbered(resolved.plan(), 11));
    assertEquals(
        List.of("Blackburn with Darwen 2", "Knowsley and St Helens 1", "Liverpool North 1"),
        numbered(resolved.plan(), 15));
    assertEquals(List.of("Blackburn with Darwen 7"), numbered(resolved.plan(), 25));
  }

  @Test
  void givenTwoEquallyCloseWordings_whenResolving_thenTheAnswerIsReportedAmbiguous() {
    AnswerDocument answer = answer("Tyneside PDU", "Improve the vetting of staff.");

    RecommendationMatcher.Result result =
        new RecommendationMatcher().resolve(List.of(answer), TYNESIDE_VETTING_TWICE);

    assertEquals(Optional.empty(), result.answers().get(0).recommendationNumber());
    assertEquals(1, result.problems().size());
  }

  @Test
  void givenALevelHint_whenWordingsTie_thenTheSameLevelWins() {
    AnswerDocument answer = answer("Tyneside", "improve the vetting of staff");

    RecommendationMatcher.Result result =
        new RecommendationMatcher()
            .resolveRequests(
                List.of(
                    new RecommendationMatcher.Request(answer, Optional.of(AddresseeLevel.REGION))),
                TYNESIDE_VETTING_TWICE);

    assertEquals(Optional.of(2), result.answers().get(0).recommendationNumber());
  }

  private static AnswerDocument answer(String pdu, String text) {
    return new AnswerDocument(
        Optional.empty(), Optional.of(pdu), Optional.empty(), Optional.of(text));
  }

  private static List<String> numbered(ActionPlanDocument plan, int itemNumber) {
    ItemDocument item =
        plan.items().stream().filter(i -> i.number() == itemNumber).findFirst().orElseThrow();
    return item.answers().stream()
        .map(a -> a.pdu().orElseThrow() + " " + a.recommendationNumber().orElse(0))
        .sorted()
        .toList();
  }
}
