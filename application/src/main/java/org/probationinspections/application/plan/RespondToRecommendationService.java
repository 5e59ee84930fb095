package org.probationinspections.application.plan;

import org.probationinspections.application.plan.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.shared.PlanScope;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.plan.RecommendationRef;

/** Adds an item answering recommendations that exist in the plan's reviewed inspections. */
record RespondToRecommendationService(PlanEditor editor, PlanScope scope)
    implements RespondToRecommendationUseCase {

  @Override
  public int respond(Command command) {
    return editor.edit(
        command.plan(),
        plan -> {
          var expected = scope.expectedRecommendations(plan);
          for (RecommendationRef answer : command.answers()) {
            if (!expected.contains(answer)) {
              throw new NotFoundException(
                  "Recommendation",
                  answer.number()
                      + " of inspection "
                      + answer.inspectionId()
                      + " in this plan's scope");
            }
          }
          return plan.respond(
                  command.answers(), command.response(), command.reason(), command.explanation())
              .number();
        });
  }
}
