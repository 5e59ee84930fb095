package org.probationinspections.application.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.probationinspections.application.demo.port.out.DemoWording;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.ProgressDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.TargetRevisionDocument;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.Response;

/**
 * Draws a region's action plan: a response to every recommendation of its inspections, and for each
 * one agreed, actions in every state, some retargeted.
 */
final class DemoActionPlans {

  private final DemoWording.Plan texts;

  DemoActionPlans(DemoWording wording) {
    this.texts = wording.plan();
  }

  ActionPlanDocument plan(
      Random random, String region, LocalDate letter, List<InspectionDocument> inspected) {
    return plan(random, region, letter, inspected, Optional.empty());
  }

  /**
   * The plan answering the letter of {@code letter}, or, when {@code inspectionId} is given, that
   * one inspection (a region's own), published on {@code letter}.
   */
  ActionPlanDocument plan(
      Random random,
      String region,
      LocalDate letter,
      List<InspectionDocument> inspected,
      Optional<String> inspectionId) {
    List<ItemDocument> items = new ArrayList<>();
    int number = 1;
    for (InspectionDocument inspection : inspected) {
      for (RecommendationDocument recommendation : inspection.recommendations()) {
        int draw = random.nextInt(40);
        Response response =
            draw == 0 ? Response.NOT_AGREED : draw == 1 ? Response.PARTLY_AGREED : Response.AGREED;
        List<ActionDocument> actions = new ArrayList<>();
        if (response != Response.NOT_AGREED) {
          int actionCount = 2 + random.nextInt(7);
          for (int a = 0; a < actionCount; a++) {
            actions.add(action(random, a + 1, recommendation, letter));
          }
        }
        items.add(
            new ItemDocument(
                number++,
                List.of(
                    new AnswerDocument(
                        Optional.empty(),
                        Optional.of(inspection.pdu()),
                        Optional.of(recommendation.number()),
                        Optional.empty())),
                response,
                response == Response.AGREED
                    ? Optional.empty()
                    : Optional.of(Reason.values()[random.nextInt(Reason.values().length)]),
                response == Response.AGREED ? "" : texts.notAgreed(),
                actions));
      }
    }
    return new ActionPlanDocument(
        Optional.empty(),
        region,
        letter.plusDays(33),
        Optional.empty(),
        inspectionId.isPresent() ? Optional.empty() : Optional.of(letter),
        inspectionId,
        List.of(),
        items,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  private ActionDocument action(
      Random random, int number, RecommendationDocument recommendation, LocalDate letter) {
    YearMonth target = YearMonth.from(letter).plusMonths(2 + random.nextInt(18));
    ActionStatus status = ActionStatus.values()[random.nextInt(ActionStatus.values().length)];
    String owner = texts.owners().get(random.nextInt(texts.owners().size()));
    Optional<YearMonth> kept =
        status.isDone() && random.nextBoolean() ? Optional.empty() : Optional.of(target);
    List<ProgressDocument> history = new ArrayList<>();
    if (status != ActionStatus.PLANNED) {
      history.add(
          new ProgressDocument(
              letter.plusMonths(1 + random.nextInt(3)),
              ActionStatus.IN_PROGRESS,
              texts.started(),
              owner));
    }
    if (status.isDone()) {
      history.add(
          new ProgressDocument(
              letter.plusMonths(4 + random.nextInt(4)), status, texts.evidenced(), owner));
    }
    List<TargetRevisionDocument> revisions =
        kept.isPresent() && random.nextInt(5) == 0
            ? List.of(
                new TargetRevisionDocument(
                    Optional.of(target.minusMonths(3)),
                    target,
                    texts.retargeted(),
                    owner,
                    letter.plusMonths(2)))
            : List.of();
    String text =
        Template.fill(
            Template.fill(texts.action(), "number", number),
            "recommendation",
            recommendation.text());
    return new ActionDocument(
        Optional.empty(), text, List.of(owner), kept, status, Optional.empty(), history, revisions);
  }
}
