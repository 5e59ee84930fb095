package org.probationinspections.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.common.RuleBrokenException;

/**
 * One numbered item of an action plan: the recommendations it answers (one or more, from one or
 * more inspections), the response, the reason where the response is not a plain yes, the actions,
 * and the inspectorate's follow-up judgements. The item is closed only by a follow-up judgement
 * that closes it.
 */
public record ActionPlanItem(
    int number,
    List<RecommendationRef> answers,
    Response response,
    Optional<Reason> reason,
    String explanation,
    List<Action> actions,
    List<FollowUp> followUps) {

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
    explanation = Require.withinLimit("item.explanation", Require.optionalText(explanation));
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
    followUps = List.copyOf(Require.present("item.followUps", followUps));
  }

  /** An item not yet followed up. */
  public ActionPlanItem(
      int number,
      List<RecommendationRef> answers,
      Response response,
      Optional<Reason> reason,
      String explanation,
      List<Action> actions) {
    this(number, answers, response, reason, explanation, actions, List.of());
  }

  /** The latest follow-up judgement, if the inspectorate has judged the item. */
  public Optional<FollowUp> latestFollowUp() {
    return followUps.isEmpty()
        ? Optional.empty()
        : Optional.of(followUps.get(followUps.size() - 1));
  }

  /** Closed by the inspectorate: whatever the inspected body reports, the item is done. */
  public boolean isClosed() {
    return latestFollowUp().map(FollowUp::closes).orElse(false);
  }

  /**
   * Waits for the inspectorate: the inspected body reports every action done (and it has at least
   * one) but no follow-up judgement has been made.
   */
  public boolean awaitsJudgement() {
    return !actions.isEmpty()
        && actions.stream().allMatch(action -> action.status().isDone())
        && followUps.isEmpty();
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
    return new ActionPlanItem(
        number, answers, response, reason, explanation, newActions, followUps);
  }

  /**
   * Adds the inspectorate's judgement. Closing needs a judgement of reasonable or good progress and
   * every action reported done.
   */
  ActionPlanItem followedUp(FollowUp followUp) {
    if (followUp.closes()) {
      if (!followUp.judgement().allowsClosing()) {
        throw new RuleBrokenException(
            "item-closes-on-reasonable-progress",
            "item "
                + number
                + " cannot be closed with "
                + followUp.judgement().label().toLowerCase(java.util.Locale.ROOT)
                + ": closing needs reasonable or good progress");
      }
      long open = actions.stream().filter(a -> !a.status().isDone()).count();
      if (open > 0) {
        throw new RuleBrokenException(
            "item-closes-when-actions-done",
            "item " + number + " cannot be closed while " + open + " of its actions are not done");
      }
    }
    List<FollowUp> history = new ArrayList<>(followUps);
    history.add(followUp);
    return new ActionPlanItem(number, answers, response, reason, explanation, actions, history);
  }
}
