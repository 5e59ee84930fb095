package org.probationinspections.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.testing.Seeds;

class RecommendationMatcherSeedTest {

  @Test
  void northWestPlan_answersEachOfTheLettersFiftyTwoRecommendationsExactlyOnce() {
    RegionalReviewDocument letter =
        new RegionalLetterParser().parse(Seeds.LETTER, Seeds.text(Seeds.LETTER)).document();
    ActionPlanDocument plan =
        new ActionPlanParser().parse(Seeds.PLAN, Seeds.text(Seeds.PLAN)).document();
    Map<String, List<RecommendationDocument>> known = new LinkedHashMap<>();
    for (InspectionDocument inspection : letter.inspections()) {
      known.put(inspection.pdu(), inspection.recommendations());
    }

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
    Map<String, List<RecommendationDocument>> known =
        Map.of(
            "Tyneside",
            List.of(
                new RecommendationDocument(
                    1,
                    new org.probationinspections.application.port.in.interchange.AddresseeDocument(
                        org.probationinspections.domain.inspection.AddresseeLevel.PDU, "Tyneside"),
                    "improve the vetting of staff"),
                new RecommendationDocument(
                    2,
                    new org.probationinspections.application.port.in.interchange.AddresseeDocument(
                        org.probationinspections.domain.inspection.AddresseeLevel.REGION,
                        "North East"),
                    "improve the vetting of staff")));
    AnswerDocument answer =
        new AnswerDocument(
            Optional.empty(),
            Optional.of("Tyneside PDU"),
            Optional.empty(),
            Optional.of("Improve the vetting of staff."));

    RecommendationMatcher.Result result =
        new RecommendationMatcher().resolve(List.of(answer), known);

    assertEquals(Optional.empty(), result.answers().get(0).recommendationNumber());
    assertEquals(1, result.problems().size());
  }

  @Test
  void givenALevelHint_whenWordingsTie_thenTheSameLevelWins() {
    var pdu =
        new org.probationinspections.application.port.in.interchange.AddresseeDocument(
            org.probationinspections.domain.inspection.AddresseeLevel.PDU, "Tyneside");
    var region =
        new org.probationinspections.application.port.in.interchange.AddresseeDocument(
            org.probationinspections.domain.inspection.AddresseeLevel.REGION, "North East");
    Map<String, List<RecommendationDocument>> known =
        Map.of(
            "Tyneside",
            List.of(
                new RecommendationDocument(1, pdu, "improve the vetting of staff"),
                new RecommendationDocument(2, region, "improve the vetting of staff")));
    AnswerDocument answer =
        new AnswerDocument(
            Optional.empty(),
            Optional.of("Tyneside"),
            Optional.empty(),
            Optional.of("improve the vetting of staff"));

    RecommendationMatcher.Result result =
        new RecommendationMatcher()
            .resolveRequests(
                List.of(
                    new RecommendationMatcher.Request(
                        answer,
                        Optional.of(
                            org.probationinspections.domain.inspection.AddresseeLevel.REGION))),
                known);

    assertEquals(Optional.of(2), result.answers().get(0).recommendationNumber());
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
