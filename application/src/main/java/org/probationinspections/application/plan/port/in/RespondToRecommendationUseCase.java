package org.probationinspections.application.plan.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.Response;

/**
 * Adds an item to an action plan answering one or more recommendations of the reviewed inspections;
 * returns the item's number.
 */
public interface RespondToRecommendationUseCase {

  int respond(Command command);

  record Command(
      ActionPlanId plan,
      List<RecommendationRef> answers,
      Response response,
      Optional<Reason> reason,
      String explanation) {
    public Command {
      Require.present("plan", plan);
      Require.notEmpty("answers", answers);
      answers = Require.entries("answers", Require.present("answers", answers));
      Require.present("response", response);
      Require.present("reason", reason);
      explanation = Require.optionalText(explanation);
    }
  }
}
