package org.probationinspections.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;

/**
 * One numbered item of an action plan: the recommendations it answers (one or more, from one or
 * more inspections), the response, the reason where the response is not a plain yes, and the
 * actions.
 */
public record ActionPlanItem(
    int number,
    List<RecommendationRef> answers,
    Response response,
    Optional<Reason> reason,
    String explanation,
    List<Action> actions) {

  public ActionPlanItem {
    Require.positive("item.number", number);
    Require.notEmpty("item.answers", answers);
    answers = List.copyOf(answers);
    if (answers.stream().distinct().count() != answers.size()) {
      throw new InvalidValueException(
          "item.answers", "item " + number + " names the same recommendation twice");
    }
    Require.present("item.response", response);
    Require.present("item.reason", reason);
    explanation =
        Require.withinLimit("item.explanation", explanation == null ? "" : explanation.strip());
    if (response.needsReason() && reason.isEmpty()) {
      throw new InvalidValueException(
          "item.reason",
          response.label()
              + " needs a reason: commissioning, policy, operational or affordability");
    }
    if (response.needsReason() && explanation.isEmpty()) {
      throw new InvalidValueException(
          "item.explanation", response.label() + " needs an explanation");
    }
    actions = List.copyOf(Require.present("item.actions", actions));
  }

  /** What the item still lacks before the plan can be called complete. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (response.needsActions() && actions.isEmpty()) {
      problems.add(
          "item " + number + " is " + response.label() + " but has no action with an owner");
    }
    return problems;
  }

  ActionPlanItem withActions(List<Action> newActions) {
    return new ActionPlanItem(number, answers, response, reason, explanation, newActions);
  }
}
