package org.probationinspections.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.SummaryDocument;
import org.probationinspections.application.testing.SeedDocuments;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.Response;

class ActionPlanParserSeedTest {

  private static ActionPlanDocument plan;

  @BeforeAll
  static void parseSeed() {
    plan = SeedDocuments.northWestPlan();
  }

  @Test
  void northWestPlan_hasDatesRegionAndPdus() {
    assertEquals(LocalDate.of(2023, 8, 29), plan.submitted());
    assertEquals("North West", plan.region());
    assertEquals(Optional.of(LocalDate.of(2023, 7, 27)), plan.reviewDate());
    assertEquals(
        List.of(
            "Blackburn with Darwen",
            "Cheshire West",
            "Cumbria",
            "Knowsley and St Helens",
            "Liverpool North"),
        plan.pdus());
  }

  @Test
  void northWestPlan_hasThirtyEightItemsAndTheSummaryBothPublishedAndCounted() {
    assertEquals(38, plan.items().size());
    SummaryDocument expected = new SummaryDocument(35, 2, 1, 38);
    assertEquals(Optional.of(expected), plan.publishedSummary());
    assertEquals(Optional.of(expected), plan.summary());
  }

  @Test
  void item2_hasSixActionsEachWithItsOwnersAndMonth() {
    List<ActionDocument> actions = item(2).actions();
    assertEquals(6, actions.size());
    assertEquals(
        List.of(
            List.of("Head of PDU", "Head of Public Protection"),
            List.of("Head of Public Protection"),
            List.of("Head of Performance and Quality"),
            List.of("Head of Performance and Quality"),
            List.of("Head of PDU"),
            List.of("Head of Performance and Quality")),
        actions.stream().map(ActionDocument::owners).toList());
    assertEquals(
        List.of(
            YearMonth.of(2023, 9),
            YearMonth.of(2023, 9),
            YearMonth.of(2023, 9),
            YearMonth.of(2023, 12),
            YearMonth.of(2023, 12),
            YearMonth.of(2024, 3)),
        actions.stream().map(action -> action.target().orElseThrow()).toList());
    assertTrue(actions.stream().allMatch(action -> action.status() == ActionStatus.PLANNED));
    assertTrue(
        actions
            .get(3)
            .text()
            .endsWith(
                "in relation to applying information from domestic abuse and safeguarding checks."));
  }

  @Test
  void completedTargets_haveAStatusAndNoMonth() {
    ActionDocument ongoing = item(3).actions().get(1);
    assertEquals(ActionStatus.COMPLETED_AND_ONGOING, ongoing.status());
    assertEquals(Optional.empty(), ongoing.target());
    assertEquals(ActionStatus.COMPLETED, item(9).actions().get(0).status());
    assertEquals(ActionStatus.COMPLETED_AND_ONGOING, item(10).actions().get(0).status());
  }

  @Test
  void item11_answersTwoRecommendationsOfTwoPdus() {
    List<AnswerDocument> answers = item(11).answers();
    assertEquals(4, answers.size());
    assertEquals(
        List.of("Knowsley and St Helens", "Liverpool North"),
        answers.stream().map(a -> a.pdu().orElseThrow()).distinct().sorted().toList());
    assertTrue(
        answers
            .get(3)
            .recommendationText()
            .orElseThrow()
            .endsWith("risks to children are understood and safety arrangements are in place."));
  }

  @Test
  void item15_answersOneRecommendationOfEachOfThreePdus() {
    assertEquals(
        List.of("Blackburn with Darwen", "Knowsley and St Helens", "Liverpool North"),
        item(15).answers().stream().map(a -> a.pdu().orElseThrow()).toList());
  }

  @Test
  void item25_isNotAgreedWithAReasonAndNoActions() {
    ItemDocument item = item(25);
    assertEquals(Response.NOT_AGREED, item.response());
    assertEquals(Optional.of(Reason.OPERATIONAL), item.reason());
    assertTrue(item.explanation().contains("does not have sufficient resources"));
    assertTrue(item.actions().isEmpty());
    assertTrue(plan.notes().stream().anyMatch(note -> note.startsWith(Seeds.PLAN + ":79:")));
  }

  @Test
  void items28And34_arePartlyAgreedForOperationalReasons() {
    for (int number : List.of(28, 34)) {
      assertEquals(Response.PARTLY_AGREED, item(number).response());
      assertEquals(Optional.of(Reason.OPERATIONAL), item(number).reason());
      assertTrue(item(number).explanation().contains("partly agreed for operational reasons"));
    }
  }

  @Test
  void regionItems_nameThePduFromTheirSuffix() {
    assertEquals(
        List.of("Cheshire West", "Cumbria"),
        item(22).answers().stream().map(a -> a.pdu().orElseThrow()).toList());
    assertEquals(
        List.of("Knowsley and St Helens", "Cumbria"),
        item(35).answers().stream().map(a -> a.pdu().orElseThrow()).toList());
    assertFalse(item(23).answers().get(0).recommendationText().orElseThrow().contains("PDU"));
  }

  @Test
  void ownersRunTogether_areSplitIntoRoles() {
    assertEquals(List.of("HMPPS Regional Resettlement Lead"), item(24).actions().get(0).owners());
    assertEquals(
        List.of("Regional Learning & Development Team", "Head of PDU"),
        item(28).actions().get(3).owners());
    assertEquals(
        List.of("Deputy Director, Probation Workforce Programme"),
        item(37).actions().get(0).owners());
  }

  private static ItemDocument item(int number) {
    return plan.items().stream()
        .filter(item -> item.number() == number)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + number));
  }
}
